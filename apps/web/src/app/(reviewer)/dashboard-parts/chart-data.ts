import type { TDashboard, TVerdictSeriesRow } from '@claimledger/contracts';
import { WORKFLOW_STATE_LABELS } from '@claimledger/domain';
import type { ChartRow, ChartTable, MonthlyPanel } from '@claimledger/ui';

const STATE_COLOURS: Record<string, string> = {
  new: '#8c959f',
  in_review: '#0969da',
  submitted: '#bf8700',
  approved: '#1a7f37',
  sent_back: '#cf222e',
  not_checkworthy: '#6e7781',
  void: '#57606a',
};

export function stateChart(rows: TDashboard['claimsByState']): { rows: ChartRow[]; table: ChartTable } {
  return {
    rows: rows.map((r) => ({
      label: WORKFLOW_STATE_LABELS[r.state],
      segments: [{ key: WORKFLOW_STATE_LABELS[r.state], value: r.count, colour: STATE_COLOURS[r.state] ?? '#57606a' }],
    })),
    table: { columns: ['State', 'Claims'], rows: rows.map((r) => [WORKFLOW_STATE_LABELS[r.state], r.count]) },
  };
}

export function reviewerChart(rows: TDashboard['reviewers']): { rows: ChartRow[]; table: ChartTable } {
  return {
    rows: rows.map((r) => ({
      label: r.name,
      segments: [
        { key: 'Approved', value: r.approved, colour: '#1a7f37' },
        { key: 'Sent back', value: r.sentBack, colour: '#cf222e' },
        { key: 'Waiting', value: Math.max(0, r.submitted - r.approved - r.sentBack), colour: '#bf8700' },
      ],
    })),
    table: {
      columns: ['Reviewer', 'Submitted', 'Approved', 'Sent back'],
      rows: rows.map((r) => [r.name, r.submitted, r.approved, r.sentBack]),
    },
  };
}

/**
 * The months ("2026-11", UTC as the database groups them) the over-time charts show for a
 * window of `days`: as many as such a window touches (30 → 2, 90 → 4, 365 → 13), ending with the
 * month of `until`, oldest first. A fixed count per window, so a chart keeps its shape all year.
 */
export function windowMonths(days: number, until: Date): string[] {
  const count = Math.ceil(days / 31) + 1;
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(until.getUTCFullYear(), until.getUTCMonth() - (count - 1 - i), 1)).toISOString().slice(0, 7),
  );
}

/**
 * Verdicts over time for the busiest outlets (or speakers): one panel each, with a bar per month
 * of the window stacked by verdict (verdicts in one order everywhere). The table lists every
 * group, month and verdict.
 */
export function verdictTimeline(
  rows: TVerdictSeriesRow[],
  months: string[],
  groupName: string,
  panelCount = 6,
): { months: string[]; panels: MonthlyPanel[]; table: ChartTable } {
  const colours = new Map(rows.map((r) => [r.verdict, r.colour]));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.group, (totals.get(r.group) ?? 0) + r.count);
  const busiest = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, panelCount)
    .map(([group]) => group);
  const panels = busiest.map((group) => {
    const mine = rows.filter((r) => r.group === group);
    const byMonth: MonthlyPanel['months'] = {};
    for (const month of months) {
      byMonth[month] = [...colours.entries()].flatMap(([verdict, colour]) => {
        const value = mine.filter((r) => r.month === month && r.verdict === verdict).reduce((t, r) => t + r.count, 0);
        return value > 0 ? [{ key: verdict, value, colour }] : [];
      });
    }
    return { label: group, months: byMonth };
  });
  return {
    months,
    panels,
    table: {
      columns: [groupName, 'Month', 'Verdict', 'Published'],
      rows: rows.map((r) => [r.group, r.month, r.verdict, r.count]),
    },
  };
}

/** Median and 90th percentile from ingest to published verdict, as bars in hours. */
export function timeToVerdictChart(
  timing: TDashboard['timeToVerdict'],
  format: (hours: number) => string,
): { rows: ChartRow[]; table: ChartTable } {
  const figures = [
    // One colour: the row labels say which is which, so the chart needs no legend.
    { label: 'Median', hours: timing.medianHours, colour: '#0969da' },
    { label: '90th percentile', hours: timing.p90Hours, colour: '#0969da' },
  ].flatMap((f) => (f.hours === null ? [] : [{ ...f, hours: f.hours }]));
  return {
    rows: figures.map((f) => ({ label: f.label, segments: [{ key: f.label, value: f.hours, colour: f.colour }] })),
    table: { columns: ['Measure', 'Hours', 'Shown as'], rows: figures.map((f) => [f.label, f.hours, format(f.hours)]) },
  };
}
