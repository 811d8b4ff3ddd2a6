import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { ZExtractRequest } from '@claimledger/contracts';
import { extractDocument } from '@claimledger/claim-extraction';
import { formatClaimTable } from '../print-claims';
import { readInput } from '../read-input';

type ExtractOptions = { jsonl?: boolean; publishedAt?: string };

/** One JSON line in, one JSON line out; a bad line answers with an error for its id. */
export function extractLine(line: string): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return JSON.stringify({ id: null, error: 'not valid JSON' });
  }
  const id = typeof raw === 'object' && raw && 'id' in raw ? (raw as { id: unknown }).id : null;
  const parsed = ZExtractRequest.safeParse(raw);
  if (!parsed.success) {
    const error = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
    return JSON.stringify({ id: typeof id === 'string' || typeof id === 'number' ? id : null, error });
  }
  const { id: okId, text, publishedAt } = parsed.data;
  return JSON.stringify(extractDocument(okId, text, { publishedAt: publishedAt ?? null }));
}

async function extractJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (!process.stdout.write(`${extractLine(line)}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract claims without storing anything: a readable table for a file, or JSON lines for batches')
    .argument('[file]', 'a text file (or - for stdin) to show as a table')
    .option('--jsonl', 'read {"id","text","publishedAt"?} JSON lines on stdin, write one result line per input')
    .option('--published-at <date>', 'publication date for the table mode, e.g. 2016-10-21')
    .action(async (file: string | undefined, options: ExtractOptions) => {
      if (options.jsonl) {
        await extractJsonl();
        return;
      }
      if (!file) throw new Error('give a file (or -), or use --jsonl');
      const request = ZExtractRequest.parse({ id: file, text: await readInput(file), publishedAt: options.publishedAt });
      const result = extractDocument(request.id, request.text, { publishedAt: request.publishedAt ?? null });
      console.log(
        `check-worthiness ${result.checkworthiness.toFixed(2)} (${result.isCheckworthy ? 'check-worthy' : 'not check-worthy'}), ${result.claims.length} claims, kinds: ${result.kinds.join(', ') || 'none'}`,
      );
      console.log(
        formatClaimTable(
          result.claims.map((c) => ({ ...c, timeStart: c.timeScope?.start ?? null, timeEnd: c.timeScope?.end ?? null })),
        ),
      );
    });
}
