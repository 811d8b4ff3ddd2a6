// `npx tsx libs/claim-extraction/eval/check-gold.ts [folder]`: checks the news gold files of a
// folder against ../shared/fixtures/news-claims-guideline.md: every `sentence` is a verbatim
// substring of the article text, every `exact` sits inside its `sentence` (once), and the
// coverage rule of section 7 (every digit string and number word falls inside some claim or
// trivial `exact`). Exits non-zero on any problem.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { locate, readGold } from './news-gold';

const folder = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../golden/news-unseen'));

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'half',
  'dozen',
  'twice',
  'double',
  'triple',
  'once',
];
const NUMERAL = new RegExp(`\\d+|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'gi');

let problems = 0;
const problem = (msg: string) => {
  problems++;
  console.log(`  ✗ ${msg}`);
};

for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const name = file.replace(/\.gold\.json$/, '');
  const text = readFileSync(path.join(folder, `${name}.txt`), 'utf8');
  const gold = readGold(path.join(folder, file));
  console.log(
    `${name}: ${gold.claims.length} claims (${gold.claims.filter((c) => c.priority === 'high').length} high), ${gold.trivial.length} trivial`,
  );
  const spans: { start: number; end: number }[] = [];
  for (const item of [...gold.claims, ...gold.trivial]) {
    if (!text.includes(item.sentence)) {
      problem(`sentence not in the text: ${item.sentence}`);
      continue;
    }
    const inSentence = item.sentence.split(item.exact).length - 1;
    if (inSentence !== 1) {
      problem(`exact found ${inSentence} times in its sentence: ${item.exact}`);
      if (!inSentence) continue;
    }
    spans.push(locate(text, item));
  }
  const ids = gold.claims.map((c) => c.id);
  if (new Set(ids).size !== ids.length) problem('duplicate claim ids');
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!spans.some((s) => s.start <= start && end <= s.end)) {
      const context = text.slice(Math.max(0, start - 40), end + 40).replace(/\n/g, ' ');
      problem(`numeral not covered: "${m[0]}" in …${context}…`);
    }
  }
}
console.log(problems ? `\n${problems} problem(s)` : '\nall gold files pass');
process.exit(problems ? 1 : 0);
