// `tsx libs/claim-extraction/eval/run-values.ts [values-2|values-3] [--verbose]`: a values battery (golden/values.jsonl
// unless named), product and Recognizers-Text side by side, by form; --verbose lists the product's misses.
import { isPeerRight, isRowRight, readValueRows, rowClaim } from './value-battery';
import { productValues } from './news-gold';
import { peerValue } from './peer-values';

const verbose = process.argv.includes('--verbose');
const rows = readValueRows(process.argv.slice(2).find((a) => !a.startsWith('-')));
const byForm = new Map<string, { n: number; product: number; peer: number }>();
const misses: string[] = [];
for (const row of rows) {
  const claim = rowClaim(row);
  const right = isRowRight(row, claim);
  const peerRight = isPeerRight(row, peerValue(row.span));
  const form = byForm.get(row.form) ?? { n: 0, product: 0, peer: 0 };
  form.n++;
  if (right) form.product++;
  if (peerRight) form.peer++;
  byForm.set(row.form, form);
  if (!right) {
    const got = claim
      ? `${productValues(claim).join('/') || 'no value'} [${claim.low ?? ''}..${claim.high ?? ''} ${claim.unit ?? ''}] "${claim.text}"`
      : 'no claim';
    misses.push(`${row.form}: ${row.span} → ${got} (gold ${row.value ?? `${row.low}..${row.high}`})`);
  }
}
const fmt = (a: number, n: number) => `${a} (${(a / n).toFixed(3)})`;
const total = { n: 0, product: 0, peer: 0 };
console.log('| form | rows | product | Recognizers-Text |\n|---|---|---|---|');
for (const [name, f] of [...byForm].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`| ${name} | ${f.n} | ${fmt(f.product, f.n)} | ${fmt(f.peer, f.n)} |`);
  total.n += f.n;
  total.product += f.product;
  total.peer += f.peer;
}
console.log(`| all | ${total.n} | ${fmt(total.product, total.n)} | ${fmt(total.peer, total.n)} |`);
if (verbose) for (const m of misses) console.log(m);
