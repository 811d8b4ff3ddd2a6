// `npm run eval`: scores the extractor on the visible public sets in ../shared/eval and prints
// a Markdown table. None of these sets was used for training or tuning.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CHECKWORTHINESS_MODEL, isCheckworthy, scoreSentence } from '../src/checkworthiness/model';
import { detectKinds, primaryKind, type SentenceKind } from '../src/sentence-kinds';

const evalDir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../../../shared/eval');

const ZLabelled = z.object({ id: z.string(), text: z.string(), label: z.union([z.literal(0), z.literal(1)]) });
const ZTyped = z.object({ id: z.string(), text: z.string(), types: z.array(z.string()) });

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => schema.parse(JSON.parse(l)));
}

type Counts = { tp: number; fp: number; fn: number };
const prf = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};
const fmt = (n: number) => n.toFixed(3);

function checkworthiness(name: string, target: number) {
  const file = path.join(evalDir, 'checkworthiness', `${name}.jsonl`);
  if (!existsSync(file)) return `| ${name} | missing | | | | ${target} |`;
  const rows = readJsonl(file, ZLabelled);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    const predicted = isCheckworthy(scoreSentence(r.text));
    if (predicted && r.label === 1) counts.tp++;
    else if (predicted) counts.fp++;
    else if (r.label === 1) counts.fn++;
  }
  const { precision, recall, f1 } = prf(counts);
  return `| ${name} | ${rows.length} | ${fmt(f1)} | ${fmt(precision)} | ${fmt(recall)} | ${target} |`;
}

const KIND_MAP: Record<string, SentenceKind | undefined> = {
  quantity: 'quantity',
  statistical: 'quantity',
  interval: 'quantity',
  temporal: 'temporal',
  comparison: 'comparison',
  quote: 'quote',
};
const KINDS: SentenceKind[] = ['quantity', 'temporal', 'comparison', 'quote'];

/**
 * Per-kind F1. QuanTemp gives each claim exactly one label, so there the extractor's primary
 * kind is scored; AVeriTeC labels several types per claim, so there every detected kind counts.
 */
function claimKinds(name: string, { singleLabel }: { singleLabel: boolean }) {
  const file = path.join(evalDir, 'claimtypes', `${name}.jsonl`);
  if (!existsSync(file)) return [`| ${name} | missing | | | | | |`];
  const rows = readJsonl(file, ZTyped);
  const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<SentenceKind, Counts>;
  for (const r of rows) {
    const gold = new Set(r.types.map((t) => KIND_MAP[t]).filter((k): k is SentenceKind => Boolean(k)));
    const detected = detectKinds(r.text);
    const primary = primaryKind(detected);
    const predicted = singleLabel ? new Set(primary ? [primary] : []) : detected;
    for (const k of KINDS) {
      const c = counts[k];
      if (predicted.has(k) && gold.has(k)) c.tp++;
      else if (predicted.has(k)) c.fp++;
      else if (gold.has(k)) c.fn++;
    }
  }
  const present = KINDS.filter((k) => counts[k].tp + counts[k].fn > 0);
  const f1s = present.map((k) => prf(counts[k]).f1);
  const macro = f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length);
  const cells = KINDS.map((k) => (present.includes(k) ? fmt(prf(counts[k]).f1) : 'n/a'));
  return [`| ${name} | ${rows.length} | ${cells.join(' | ')} | ${fmt(macro)} |`];
}

console.log(
  `Check-worthiness (model ${CHECKWORTHINESS_MODEL.version}, threshold ${CHECKWORTHINESS_MODEL.threshold}; positive class)\n`,
);
console.log('| set | n | F1 | precision | recall | target F1 |');
console.log('|---|---|---|---|---|---|');
console.log(checkworthiness('checkthat2024-test', 0.8));
console.log(checkworthiness('checkthat2023-test', 0.88));
console.log(checkworthiness('claimbuster-groundtruth', 0.85));
console.log('\nClaim kinds (per-kind F1; macro over the kinds each set labels; target macro ≥ 0.80)\n');
console.log(`| set | n | ${KINDS.join(' | ')} | macro F1 |`);
console.log(`|---|---|${KINDS.map(() => '---').join('|')}|---|`);
for (const line of [...claimKinds('quantemp', { singleLabel: true }), ...claimKinds('averitec-dev', { singleLabel: false })]) {
  console.log(line);
}
