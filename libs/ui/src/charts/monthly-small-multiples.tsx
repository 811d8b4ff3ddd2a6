import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { CSSProperties } from 'react';
import { DataTable, type ChartSegment, type ChartTable } from './stacked-bar-chart';

/** One small chart: a label (an outlet, a speaker) and its bars, one per month key ("2026-11"). */
export type MonthlyPanel = { label: string; months: Record<string, ChartSegment[]> };

const WIDTH = 220;
const HEIGHT = 100;
const TOP = 14;
const AXIS = 2;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// The chart's own layout (globals.css holds the shared chart classes).
const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
  gap: '0.75rem 1rem',
  margin: 0,
  padding: 0,
  listStyle: 'none',
};
const panelTitle: CSSProperties = { margin: '0 0 0.15rem', fontSize: '0.85rem', fontWeight: 600, overflowWrap: 'anywhere' };
const panelMeta: CSSProperties = { fontWeight: 400, opacity: 0.75, whiteSpace: 'nowrap' };
const tick: CSSProperties = { fontSize: '10px' };
/** Month names under the bars, as text (<time>) in a grid of equal columns, one per bar. */
const ticks = (count: number): CSSProperties => ({
  display: 'grid',
  gridTemplateColumns: `repeat(${count}, 1fr)`,
  textAlign: 'center',
  fontSize: '0.7rem',
  lineHeight: 1.2,
});

/** "2026-11" → "Nov"; with many months, only the initial ("N"): the caption names the range. */
function monthTick(key: string, many: boolean): string {
  const name = MONTH_NAMES[Number(key.split('-')[1] ?? '1') - 1] ?? key;
  return many ? name.slice(0, 1) : name;
}

/** "2026-11" → "Nov 2026", for the range under the title. */
export function monthName(key: string): string {
  const [year = '', month = '1'] = key.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

/**
 * Small multiples over time: one little chart per panel (the busiest outlets or speakers), each
 * with a bar per month stacked by `segments`, all on one scale so the panels compare. A legend
 * names every colour, each bar carries its total, and the figures are a table for screen readers
 * (the drawing is hidden from them).
 */
export function MonthlySmallMultiples({
  title,
  months,
  panels,
  table,
  testId,
}: {
  title: string;
  /** Every month of the window, oldest first ("2026-09", "2026-10" …), so empty months show. */
  months: string[];
  panels: MonthlyPanel[];
  table: ChartTable;
  testId?: string;
}) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const legend = [...new Map(panels.flatMap((p) => Object.values(p.months).flat()).map((s) => [s.key, s.colour])).entries()];
  const sum = (segments: ChartSegment[] | undefined) => (segments ?? []).reduce((total, s) => total + s.value, 0);
  const highest = Math.max(1, ...panels.flatMap((p) => months.map((m) => sum(p.months[m]))));
  // Outer padding half the inner: each bar is centred in its 1/n of the width, like its tick.
  const x = scaleBand<string>({ domain: months, range: [0, WIDTH], paddingInner: 0.2, paddingOuter: 0.1 });
  const y = scaleLinear<number>({ domain: [0, highest], range: [0, HEIGHT - TOP - AXIS] });
  const baseline = HEIGHT - AXIS;
  const many = months.length > 6;
  return (
    <figure className="chart" data-testid={testId} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {panels.length === 0 ? (
        <p className="empty-state">Nothing in this period yet.</p>
      ) : (
        <div aria-hidden="true">
          <p className="meta" style={{ margin: '0 0 0.5rem' }}>
            Per month, <time dateTime={months[0]}>{monthName(months[0] ?? '')}</time> –{' '}
            <time dateTime={months.at(-1)}>{monthName(months.at(-1) ?? '')}</time>; every chart on the same scale (tallest bar:{' '}
            {highest}).
          </p>
          <ul style={grid}>
            {panels.map((panel) => (
              <li key={panel.label} data-testid="chart-panel">
                <p style={panelTitle}>
                  {panel.label} <span style={panelMeta}>· {months.reduce((t, m) => t + sum(panel.months[m]), 0)}</span>
                </p>
                <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" focusable="false" className="chart-svg">
                  <line x1={0} x2={WIDTH} y1={baseline} y2={baseline} stroke="currentColor" strokeOpacity={0.3} />
                  {months.map((month) => {
                    const segments = panel.months[month] ?? [];
                    const total = sum(segments);
                    let top = baseline;
                    return (
                      <Group key={month} left={x(month) ?? 0} data-month={month} data-total={total}>
                        {segments.map((s) => {
                          const height = y(s.value);
                          top -= height;
                          return (
                            <Bar
                              key={s.key}
                              x={0}
                              y={top}
                              width={x.bandwidth()}
                              height={height}
                              fill={s.colour}
                              stroke="#ffffff"
                            />
                          );
                        })}
                        {total > 0 ? (
                          <text x={x.bandwidth() / 2} y={top - 3} textAnchor="middle" className="chart-value" style={tick}>
                            {total}
                          </text>
                        ) : null}
                      </Group>
                    );
                  })}
                </svg>
                <div style={ticks(months.length)}>
                  {months.map((month) => (
                    <time key={month} dateTime={month}>
                      {monthTick(month, many)}
                    </time>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          {legend.length > 0 ? (
            <ul className="chart-legend">
              {legend.map(([key, colour]) => (
                <li key={key}>
                  <span className="verdict-swatch" style={{ background: colour }} /> {key}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      <details className="chart-table">
        <summary>Table view</summary>
        <DataTable caption={title} table={table} />
      </details>
    </figure>
  );
}
