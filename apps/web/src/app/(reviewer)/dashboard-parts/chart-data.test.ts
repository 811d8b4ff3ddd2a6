import { describe, expect, it } from 'vitest';
import { reviewerChart, verdictChart } from './chart-data';

describe('dashboard chart data', () => {
  it('sums verdicts per outlet across months and keeps the months in the table', () => {
    const chart = verdictChart(
      [
        { month: '2026-10', group: 'Harbour Times', verdict: 'False', colour: '#c00', count: 2 },
        { month: '2026-11', group: 'Harbour Times', verdict: 'False', colour: '#c00', count: 1 },
        { month: '2026-11', group: 'Harbour Times', verdict: 'True', colour: '#0a0', count: 4 },
      ],
      'Outlet',
    );
    expect(chart.rows).toEqual([
      {
        label: 'Harbour Times',
        segments: [
          { key: 'False', value: 3, colour: '#c00' },
          { key: 'True', value: 4, colour: '#0a0' },
        ],
      },
    ]);
    expect(chart.table.rows).toHaveLength(3);
  });
  it('splits a reviewer’s reviews into approved, sent back and waiting', () => {
    const chart = reviewerChart([{ name: 'Rita', submitted: 5, approved: 2, sentBack: 1 }]);
    expect(chart.rows[0]?.segments.map((s) => s.value)).toEqual([2, 1, 2]);
  });
});
