import type { TDashboard, TVerdictSeriesRow } from '@claimledger/contracts';
import { WORKFLOW_STATE_LABELS } from '@claimledger/domain';
import type { ChartRow, ChartTable } from '@claimledger/ui';

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

/** One bar per outlet (or speaker), split by verdict; the table keeps the months. */
export function verdictChart(rows: TVerdictSeriesRow[], groupName: string): { rows: ChartRow[]; table: ChartTable } {
  const groups = new Map<string, Map<string, { value: number; colour: string }>>();
  for (const r of rows) {
    const verdicts = groups.get(r.group) ?? new Map<string, { value: number; colour: string }>();
    const current = verdicts.get(r.verdict) ?? { value: 0, colour: r.colour };
    verdicts.set(r.verdict, { value: current.value + r.count, colour: r.colour });
    groups.set(r.group, verdicts);
  }
  return {
    rows: [...groups.entries()].map(([label, verdicts]) => ({
      label,
      segments: [...verdicts.entries()].map(([key, v]) => ({ key, value: v.value, colour: v.colour })),
    })),
    table: {
      columns: [groupName, 'Month', 'Verdict', 'Published'],
      rows: rows.map((r) => [r.group, r.month, r.verdict, r.count]),
    },
  };
}
