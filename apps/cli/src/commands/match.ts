import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { AppError } from '@claimledger/domain';
import {
  MIN_BATCH_MATCHES,
  RERANKER_MODEL,
  createCorpusMatcher,
  createMatcher,
  matchLine,
  parseCorpus,
} from '@claimledger/claim-matching';

type MatchOptions = { jsonl?: boolean; corpus: string; limit: string };

async function readCorpusFile(file: string) {
  const content = await readFile(file, 'utf8').catch(() => {
    throw new AppError('BAD_INPUT', `cannot read corpus file ${file}`);
  });
  return parseCorpus(content, file);
}

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description('rank claims of a corpus file against each input line, without a database (the product ranking code)')
    .requiredOption('--corpus <file>', 'JSON lines {"id","text","title"?}: the claims to match against')
    .option(
      '--jsonl',
      'read {"id","text"} JSON lines on stdin, write {"id","matches":[{"id","score","valueChange"}]} lines, best first',
    )
    .option('--limit <n>', `matches per line (at least ${MIN_BATCH_MATCHES})`, String(MIN_BATCH_MATCHES))
    .action(async (options: MatchOptions) => {
      if (!options.jsonl) throw new AppError('BAD_INPUT', 'match reads JSON lines: use --jsonl');
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < MIN_BATCH_MATCHES) {
        throw new AppError('BAD_INPUT', `--limit must be a whole number of at least ${MIN_BATCH_MATCHES}`);
      }
      const corpus = createCorpusMatcher(await readCorpusFile(options.corpus), createMatcher(), RERANKER_MODEL.depth);
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNumber = 0;
      for await (const line of lines) {
        lineNumber += 1;
        if (!line.trim()) continue;
        const out = `${matchLine(corpus, line, lineNumber, limit)}\n`;
        if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
    });
}
