import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';

export type ChartSegment = { key: string; value: number; colour: string };
export type ChartRow = { label: string; segments: ChartSegment[] };
export type ChartTable = { columns: string[]; rows: Array<Array<string | number>> };

const WIDTH = 640;
const ROW = 30;
const LABEL = 180;
const RIGHT = 48;

/**
 * Horizontal stacked bars (one row per label) drawn with visx as plain SVG, with a legend that
 * names every colour and the same figures as a table: colour is never the only signal, and a
 * screen reader gets the table instead of the drawing.
 */
export function StackedBarChart({
  title,
  rows,
  table,
  testId,
  formatValue = String,
}: {
  title: string;
  rows: ChartRow[];
  table: ChartTable;
  testId?: string;
  /** How a bar's total is written at its end (hours as "3 days" …). */
  formatValue?: (value: number) => string;
}) {
  const id = `chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const legend = [...new Map(rows.flatMap((r) => r.segments).map((s) => [s.key, s.colour])).entries()];
  const totals = rows.map((r) => r.segments.reduce((sum, s) => sum + s.value, 0));
  const height = Math.max(rows.length, 1) * ROW + 8;
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...totals)], range: [0, WIDTH - LABEL - RIGHT] });
  const y = scaleBand<string>({ domain: rows.map((r) => r.label), range: [4, height - 4], padding: 0.25 });
  return (
    <figure className="chart" data-testid={testId} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="empty-state">Nothing in this period yet.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false" className="chart-svg">
            {rows.map((row, i) => {
              const top = y(row.label) ?? 0;
              let left = 0;
              return (
                <Group key={row.label} top={top}>
                  <text x={LABEL - 8} y={y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="chart-label">
                    {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
                  </text>
                  {row.segments.map((s) => {
                    const width = x(s.value);
                    const bar = (
                      <Bar
                        key={s.key}
                        x={LABEL + left}
                        y={0}
                        width={width}
                        height={y.bandwidth()}
                        fill={s.colour}
                        stroke="#ffffff"
                      />
                    );
                    left += width;
                    return bar;
                  })}
                  <text x={LABEL + left + 6} y={y.bandwidth() / 2} dy="0.35em" className="chart-value">
                    {formatValue(totals[i] ?? 0)}
                  </text>
                </Group>
              );
            })}
          </svg>
          {legend.length > 1 ? (
            <ul className="chart-legend" aria-hidden="true">
              {legend.map(([key, colour]) => (
                <li key={key}>
                  <span className="verdict-swatch" style={{ background: colour }} /> {key}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <details className="chart-table">
        <summary>Table view</summary>
        <DataTable caption={title} table={table} />
      </details>
    </figure>
  );
}

/** A plain data table; numbers right-aligned. */
export function DataTable({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 && typeof table.rows[0]?.[i] === 'number' ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length}>No data in this period.</td>
            </tr>
          ) : (
            table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
