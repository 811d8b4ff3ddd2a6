import type { TAppearance } from '@claimledger/contracts';
import { formatAmount } from '@claimledger/ui';

const W = 640;
const H = 200;
const PAD = 36;
const day = (d: Date) => new Date(d).toISOString().slice(0, 10);

/**
 * Appearances over time as plain SVG: one dot per appearance on the time axis, placed by its
 * value where the value is a number (so "fifth" → "sixth" climbs). Hidden from screen readers,
 * which get the table below instead.
 */
export function TimelineChart({ appearances }: { appearances: TAppearance[] }) {
  if (appearances.length === 0) return null;
  const times = appearances.map((a) => new Date(a.date).getTime());
  const values = appearances.map((a) => a.value).filter((v): v is number => v !== null);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 0];
  const x = (t: number) => (t1 === t0 ? W / 2 : PAD + ((t - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (v: number | null) => (v === null || v1 === v0 ? H / 2 : H - PAD - ((v - v0) / (v1 - v0)) * (H - 2 * PAD));
  const points = appearances.map((a) => ({ a, cx: x(new Date(a.date).getTime()), cy: y(a.value) }));
  const numeric = points.filter((p) => p.a.value !== null);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="timeline-chart" aria-hidden="true" data-testid="timeline-chart" width="100%">
      <line x1={PAD} y1={H - PAD / 2} x2={W - PAD} y2={H - PAD / 2} stroke="currentColor" strokeOpacity="0.3" />
      {numeric.length > 1 ? (
        <polyline fill="none" stroke="#0969da" strokeWidth="2" points={numeric.map((p) => `${p.cx},${p.cy}`).join(' ')} />
      ) : null}
      {points.map(({ a, cx, cy }) => (
        <g key={a.claimId}>
          <circle cx={cx} cy={cy} r="6" fill={a.valueChange ? '#bf8700' : '#0969da'} data-testid="timeline-point" />
          <text x={cx} y={cy - 10} textAnchor="middle" fontSize="11">
            {a.value !== null ? formatAmount(a.value, a.unit) : (a.outlet ?? '')}
          </text>
          <text x={cx} y={H - 4} textAnchor="middle" fontSize="10">
            {day(a.date)}
          </text>
        </g>
      ))}
    </svg>
  );
}
