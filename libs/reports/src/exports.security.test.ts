import { buffer, text } from 'node:stream/consumers';
import { HtmlRenderer, Parser } from 'commonmark';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from './csv';
import { escapeMarkdown, markdownUrl } from './markdown';
import { renderReport } from './render-report';
import { OPTIONS, each, publishedClaim } from './testing/sample-claims';

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];

describe('fault 5: CSV formula injection', () => {
  it.each(FORMULAS)('defuses %j in every text column and starts with a UTF-8 BOM', async (formula) => {
    const claim = publishedClaim({
      text: formula,
      unit: formula,
      speaker: formula,
      timeStart: formula,
      article: { ...publishedClaim().article, title: formula, url: formula, publisher: formula },
      citations: [{ ...(publishedClaim().citations[0] ?? ({} as never)), stance: 'supports', sourceUrl: formula }],
    });
    const bytes = await buffer(renderReport('csv', each([claim]), OPTIONS));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    const [row] = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    for (const column of CSV_COLUMNS) expect(row?.[column] ?? '', column).not.toMatch(/^[=+\-@\t\r]/);
    expect(row?.['unit']).toBe(`'${formula}`);
  });

  it('leaves the numbers it formats alone and keeps curly quotes intact', async () => {
    const claim = publishedClaim({ value: -5, text: '“Forty” buses' });
    const [row] = parse(await text(renderReport('csv', each([claim]), OPTIONS)), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(row?.['value']).toBe('-5');
    expect(row?.['claim']).toBe('“Forty” buses');
  });
});

const render = (md: string) => new HtmlRenderer().render(new Parser().parse(md));

describe('fault 6: Markdown export', () => {
  it('encodes a hostile article URL so a CommonMark renderer makes no HTML of it', async () => {
    const hostile = 'https://example.org/a"><img src=x onerror=alert(3)>';
    const claim = publishedClaim({
      article: { ...publishedClaim().article, url: hostile, title: '<img src=x onerror=alert(1)>' },
      speaker: '<script>alert(2)</script>',
      citations: [{ ...(publishedClaim().citations[0] ?? ({} as never)), sourceUrl: hostile, title: '[x](javascript:alert(4))' }],
    });
    const html = render(await text(renderReport('markdown', each([claim]), OPTIONS)));
    expect(html).not.toMatch(/<img|<script|<[^>]*\sonerror=|href="javascript/i);
    expect(html).toContain('href="https://example.org/a%22%3E%3Cimg%20src=x%20onerror=alert(3)%3E"');
  });

  it('does not over-escape dates and e-mail addresses', async () => {
    const md = await text(renderReport('markdown', each([publishedClaim()]), OPTIONS));
    expect(md).toContain('2024-02-03');
    expect(md).toContain('rita@factdesk.example.org');
    expect(md).not.toMatch(/\d\\-\d|\\\.org/);
    expect(escapeMarkdown('reviewer@demo.claimledger.org on 2016-10-21')).toBe('reviewer@demo.claimledger.org on 2016-10-21');
  });

  it('keeps text from opening blocks or entities', () => {
    for (const t of ['# heading', '- item', '1. first', '> quote', '&lt;img&gt;', 'a\n\n# b'])
      expect(render(escapeMarkdown(t))).toMatch(/^<p>[^<]*<\/p>\n$/);
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
  });

  it('folds a lone CR (a CommonMark line ending) as it folds LF, so no block opens after one', () => {
    for (const t of ['a\r# pwned', 'a\r\r- item', 'a \r > quote', 'a\r\n# b', 'a\n\r1. first', '\r# at the start', 'a\r<b>x</b>'])
      expect(render(escapeMarkdown(t))).toMatch(/^<p>[^<]*<\/p>\n$/);
    expect(escapeMarkdown('line one\rline two')).toBe('line one line two');
  });
});
