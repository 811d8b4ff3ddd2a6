import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBodyEnd } from './boilerplate';
import { EXTRACTOR_VERSION, extractClaims } from './extract';
import { segmentSentences } from './segment';

// `../shared` beside the repository; a worktree sits one folder deeper.
const SEED =
  [3, 4]
    .map((up) => path.resolve(import.meta.dirname, '../../..', '../'.repeat(up - 2), 'shared/fixtures/seed-article.txt'))
    .find((f) => existsSync(f)) ?? 'missing: ../shared/fixtures/seed-article.txt';

describe('segmentSentences', () => {
  it('keeps abbreviations and quotes inside one sentence, with exact offsets', () => {
    const text = 'Dr. Smith met Mr. Jones in the U.S. on Monday. “It went well,” he said. Prices rose 3.5%.';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Dr. Smith met Mr. Jones in the U.S. on Monday.',
      '“It went well,” he said.',
      'Prices rose 3.5%.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('extractClaims', () => {
  const text =
    'Mayor Ana Lopez said the city hired 1,200 teachers in 2023.\n' +
    '“We cut waiting lists by 25 percent,” she said.\n' +
    'Officials say up to two million people use the metro.';

  it('anchors every claim at its exact span and stamps nothing outside the text', () => {
    const claims = extractClaims(text, { publishedAt: '2024-03-01' });
    expect(claims).toHaveLength(3); // one claim per statement: the quoted figure is not also a quote claim
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('normalises numbers, percentages and bounds', () => {
    const claims = extractClaims(text, { publishedAt: '2024-03-01' });
    const teachers = claims.find((c) => c.counted === 'teachers');
    expect(teachers).toMatchObject({ kind: 'quantity', value: 1200, timeStart: '2023-01-01', timeEnd: '2023-12-31' });
    const percent = claims.find((c) => c.unit === 'percent');
    expect(percent).toMatchObject({ value: 0.25, isQuote: true, speaker: 'Ana Lopez' });
    const metro = claims.find((c) => c.value === 2_000_000);
    expect(metro).toMatchObject({ kind: 'quantity', bound: 'upper', high: 2_000_000, low: null, hedged: true });
  });

  it('is deterministic', () => {
    expect(extractClaims(text)).toEqual(extractClaims(text));
    expect(EXTRACTOR_VERSION).toMatch(/^cl-extract-/);
  });
});

const hasSeed = existsSync(SEED);
const seedTitle = hasSeed
  ? 'seed article (shared fixture)'
  : 'seed article — skipped: ../shared/fixtures/seed-article.txt is absent';
if (!hasSeed) console.warn(seedTitle);

describe.skipIf(!hasSeed)(seedTitle, () => {
  const text = hasSeed ? readFileSync(SEED, 'utf8') : '';
  const claims = extractClaims(text, { publishedAt: '2016-10-21' });

  it('yields no claim from the page chrome after "read more:"', () => {
    const chrome = text.indexOf('read more:');
    expect(chrome).toBeGreaterThan(0);
    expect(articleBodyEnd(text)).toBe(chrome);
    expect(claims.filter((c) => c.end > chrome)).toEqual([]);
  });

  it('takes no claim from the photo caption, given twice', () => {
    expect(text.split('Russian President Vladimir Putin (L) welcomes').length - 1).toBe(2);
    expect(claims.filter((c) => c.sentence.startsWith('Russian President Vladimir Putin (L) welcomes'))).toEqual([]);
  });

  it('proposes no structural numeral and ranks the six must-find claims in its top 8', () => {
    for (const trivial of [
      'two countries',
      'the two reviewed',
      'first interest',
      'number one ally',
      'one alliance',
      'one or two others',
    ]) {
      const at = text.indexOf(trivial);
      expect(claims.filter((c) => c.start < at + trivial.length && at < c.end && c.value !== null)).toEqual([]);
    }
    const top = [...claims].sort((a, b) => b.checkworthiness - a.checkworthiness).slice(0, 8);
    for (const m of meta.mustFind)
      expect(
        top.some((c) => c.text === m.span),
        m.span,
      ).toBe(true);
    for (const c of claims) expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
  });

  it('finds the quoted quantities with their speaker', () => {
    const million = claims.find((c) => c.text.startsWith('a million Russian speakers'));
    expect(million).toMatchObject({ value: 1_000_000, speaker: 'Benjamin Netanyahu', isQuote: true });
    const upTo = claims.find((c) => c.text === 'up to two million');
    expect(upTo).toMatchObject({ value: 2_000_000, bound: 'upper', hedged: true, speaker: 'Benjamin Netanyahu' });
  });

  type MustFind = {
    span: string;
    kind: string;
    value: number;
    timeScope?: string;
    speaker?: string;
    quote?: boolean;
    bound?: string;
    hedged?: boolean;
    date?: string;
  };
  const metaFile = SEED.replace(/\.txt$/, '.meta.json');
  const meta = (existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : { publishedAt: '', mustFind: [] }) as {
    publishedAt: string;
    mustFind: MustFind[];
  };

  it.each(meta.mustFind.map((m) => [m.span, m] as const))('finds "%s" with its exact values', (_span, m) => {
    const found = extractClaims(text, { publishedAt: meta.publishedAt }).filter((c) => c.text === m.span);
    expect(found.length, `no claim spans "${m.span}"`).toBeGreaterThan(0);
    const match = found.find((c) => {
      if (c.kind !== m.kind || c.value !== m.value) return false;
      if (m.timeScope && !(c.timeStart === `${m.timeScope}-01-01` && c.timeEnd === `${m.timeScope}-12-31`)) return false;
      if (m.date && c.timeStart !== m.date) return false;
      if (m.speaker && c.speaker !== m.speaker) return false;
      if (m.quote !== undefined && c.isQuote !== m.quote) return false;
      if (m.bound && c.bound !== m.bound) return false;
      return m.hedged === undefined || c.hedged === m.hedged;
    });
    expect(match, JSON.stringify(found, null, 1)).toBeDefined();
  });

  it('resolves counts and anniversaries against the publication date', () => {
    expect(claims.find((c) => c.text === 'met twice this year')).toMatchObject({ value: 2, timeStart: '2016-01-01' });
    expect(claims.find((c) => c.text === '67th birthday')).toMatchObject({ kind: 'count', value: 67 });
    const anniversary = claims.filter((c) => c.text === '25th anniversary' && c.timeStart === '1991-10-18');
    expect(anniversary.length).toBeGreaterThan(0);
  });
});

describe('time scopes out of the calendar', () => {
  it('give no scope (and no error) for "300 million years ago", "5000 years ago" or a 5000th anniversary', () => {
    const text =
      'The rock formed 300 million years ago, geologists said. The dam broke 1000000 days ago, killing 40 people. ' +
      'The well was dug 5000 years ago by 30 families. The town marks its 5000th anniversary with 12 parades.';
    const claims = extractClaims(text, { publishedAt: '2024-03-01' });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      for (const day of [c.timeStart, c.timeEnd]) if (day !== null) expect(day).toMatch(/^[1-9]\d{3}-\d{2}-\d{2}$/);
    }
    expect(claims.find((c) => c.text.startsWith('300 million'))).toMatchObject({ timeStart: null, timeEnd: null });
  });
});

describe('ranges written "X to Y"', () => {
  const claimsOf = (text: string) => extractClaims(text, { publishedAt: '2024-03-11' });

  it('keep both ends of "30 to 40 percent" as one claim with its unit', () => {
    expect(claimsOf('Turnout was 30 to 40 percent.')).toMatchObject([
      { text: '30 to 40 percent', value: null, low: 0.3, high: 0.4, unit: 'percent' },
    ]);
  });

  it.each([
    ['The Senate voted 48 to 52 against the bill.', '48 to 52'],
    ['The Republicans won 52 to 48 percent.', '52 to 48 percent'],
    ['The court ruled 5 to 4.', '5 to 4'],
    ['The committee voted 4 to 5.', '4 to 5'],
  ])('are not read into terms or scores: %s', (text, span) => {
    const claim = claimsOf(text).find((c) => c.text === span);
    expect(claim).toBeDefined();
    expect(claim?.low).toBe(claim?.high);
  });

  // The size of a change and the level it reaches are two claims (as golden/news/economy-jobs labels
  // "rose 4.1 percent from a year earlier, to $34.91"), neither a range.
  it.each([
    ['Shares fell 3 percent to 40 percent.', ['3 percent', '40 percent']],
    ['The bank cut the rate by 0.25 percent to 5 percent.', ['0.25 percent', '5 percent']],
    ['Copper slid 6 percent to $8,900 a tonne.', ['6 percent', '$8,900']],
    ['The club lifted season-ticket prices by 8 percent to 640 pounds sterling.', ['8 percent', '640 pounds sterling']],
  ])('a change to a level is its size and the level: %s', (text, spans) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => c.text)).toEqual(spans);
    for (const c of claims) expect(c.low).toBe(c.high);
  });
});
