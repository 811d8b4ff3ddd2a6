import { text } from 'node:stream/consumers';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvRecord, defuseCell } from './csv';
import { renderReport } from './render-report';
import { OPTIONS, each, publishedClaim } from './testing/sample-claims';

describe('CSV export', () => {
  it('round-trips through a CSV parser: commas, quotes, new lines and unicode survive', async () => {
    const tricky = publishedClaim({
      id: 'claim2',
      text: 'He said "up to 2,000,000" people — in Moscow,\nnot Kyiv',
      speaker: 'Ольга Петрова',
      verdict: null,
      review: null,
      citations: [],
    });
    const claims = [publishedClaim(), tricky];
    const csv = await text(renderReport('csv', each(claims), OPTIONS));
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual(claims.map((c) => csvRecord(c)));
  });

  it('defuses spreadsheet formulas in text cells only', async () => {
    const claim = publishedClaim({ text: '=HYPERLINK("http://evil")', value: -5 });
    const [row] = parse(await text(renderReport('csv', each([claim]), OPTIONS)), { columns: true }) as Record<string, string>[];
    expect(row?.['claim']).toBe(`'=HYPERLINK("http://evil")`);
    expect(row?.['value']).toBe('-5');
    expect(defuseCell('value', '-5')).toBe('-5');
  });
});
