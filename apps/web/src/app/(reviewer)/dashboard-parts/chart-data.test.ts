import { describe, expect, it } from 'vitest';
import { windowMonths, reviewerChart, timeToVerdictChart, verdictTimeline } from './chart-data';

describe('dashboard chart data', () => {
  it('shows as many months as the window touches, the same count whatever the day', () => {
    const december = new Date('2026-12-02T10:00:00Z');
    expect(windowMonths(90, december)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12']);
    expect(windowMonths(90, new Date('2026-12-31T23:00:00Z'))).toHaveLength(4);
    expect(windowMonths(30, new Date('2026-01-05T00:00:00Z'))).toEqual(['2025-12', '2026-01']);
    expect(windowMonths(365, december)).toHaveLength(13);
    expect(windowMonths(365, december)[0]).toBe('2025-12');
  });

  it('keeps the months in the chart: a bar per month and outlet, stacked by verdict in one order', () => {
    const chart = verdictTimeline(
      [
        { month: '2026-10', group: 'Harbour Times', verdict: 'False', colour: '#c00', count: 2 },
        { month: '2026-11', group: 'Harbour Times', verdict: 'True', colour: '#0a0', count: 4 },
        { month: '2026-11', group: 'Harbour Times', verdict: 'False', colour: '#c00', count: 1 },
        { month: '2026-11', group: 'Valley Post', verdict: 'True', colour: '#0a0', count: 1 },
      ],
      ['2026-09', '2026-10', '2026-11'],
      'Outlet',
    );
    expect(chart.panels.map((p) => p.label)).toEqual(['Harbour Times', 'Valley Post']);
    expect(chart.panels[0]?.months).toEqual({
      '2026-09': [],
      '2026-10': [{ key: 'False', value: 2, colour: '#c00' }],
      '2026-11': [
        { key: 'False', value: 1, colour: '#c00' },
        { key: 'True', value: 4, colour: '#0a0' },
      ],
    });
    expect(chart.table.columns).toEqual(['Outlet', 'Month', 'Verdict', 'Published']);
    expect(chart.table.rows).toHaveLength(4);
  });

  it('draws the busiest outlets only; the table keeps them all', () => {
    const rows = ['A', 'B', 'C'].map((group, i) => ({ month: '2026-11', group, verdict: 'True', colour: '#0a0', count: i + 1 }));
    const chart = verdictTimeline(rows, ['2026-11'], 'Speaker', 2);
    expect(chart.panels.map((p) => p.label)).toEqual(['C', 'B']);
    expect(chart.table.rows.map((r) => r[0])).toEqual(['A', 'B', 'C']);
  });

  it('time to verdict: median and 90th percentile as bars, with the hours in the table', () => {
    const chart = timeToVerdictChart({ published: 4, medianHours: 20, p90Hours: 72 }, (h) => `${h} h`);
    expect(chart.rows.map((r) => [r.label, r.segments[0]?.value])).toEqual([
      ['Median', 20],
      ['90th percentile', 72],
    ]);
    expect(chart.table.rows).toEqual([
      ['Median', 20, '20 h'],
      ['90th percentile', 72, '72 h'],
    ]);
    expect(timeToVerdictChart({ published: 0, medianHours: null, p90Hours: null }, String).rows).toEqual([]);
  });

  it('splits a reviewer’s reviews into approved, sent back and waiting', () => {
    const chart = reviewerChart([{ name: 'Rita', submitted: 5, approved: 2, sentBack: 1 }]);
    expect(chart.rows[0]?.segments.map((s) => s.value)).toEqual([2, 1, 2]);
  });
});
