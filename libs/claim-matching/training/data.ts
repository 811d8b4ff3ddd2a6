// Reading the CheckThat! 2020 matching files of ../shared/eval/matching, and MAP@k.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const ZDoc = z.object({ id: z.string(), text: z.string(), title: z.string().optional() });
const ZQuery = z.object({ id: z.string(), text: z.string(), relevant: z.array(z.string()) });
export type LabelledQuery = z.infer<typeof ZQuery>;

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => schema.parse(JSON.parse(line)));
}

export const readCorpus = (file: string) => readJsonl(file, ZDoc);
export const readQueries = (file: string) => readJsonl(file, ZQuery);

/** Average precision of the first k results (the CheckThat! 2020 MAP@k definition). */
export function averagePrecisionAt(isRelevant: boolean[], relevantCount: number, k: number): number {
  let hits = 0;
  let sum = 0;
  isRelevant.slice(0, k).forEach((relevant, i) => {
    if (!relevant) return;
    hits += 1;
    sum += hits / (i + 1);
  });
  return relevantCount === 0 ? 0 : sum / Math.min(relevantCount, k);
}
