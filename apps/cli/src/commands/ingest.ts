import type { Command } from 'commander';
import { ZIngestArticleInput, ZIngestUrlInput, parseInput } from '@claimledger/contracts';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { ingestArticle, ingestFromUrl } from '@claimledger/services';
import { cliFetchEnv } from '../env';
import { AppError } from '@claimledger/domain';
import { formatClaimTable } from '../print-claims';
import { looksLikeHtml, readInput } from '../read-input';
import { bulkIngest } from './bulk-ingest';

type IngestOptions = {
  title?: string;
  publishedAt?: string;
  publisher?: string;
  url?: string;
  format?: 'text' | 'html';
  json?: boolean;
  jsonl?: string;
  dir?: string;
  concurrency: string;
};

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'ingest an article from a text or HTML file (or - for stdin), or fetch it with --url alone, and extract its claims',
    )
    .argument('[file]', 'path to a .txt or .html file, or - for stdin (omit it to fetch --url)')
    .option('--title <title>', 'article title (default: from the HTML or the first line)')
    .option('--published-at <date>', 'publication date, e.g. 2016-10-21')
    .option('--publisher <name>', 'publisher name')
    .option('--url <url>', 'article URL; without a file, the article is fetched from it')
    .option('--format <format>', 'text or html (default: from the file)')
    .option('--json', 'print the stored article as JSON (with --jsonl/--dir: the summary)')
    .option(
      '--jsonl <file>',
      'ingest many articles: one JSON object a line, {"url"?,"title"?,"text"|"html","publishedAt"?,"publisher"?}',
    )
    .option('--dir <dir>', 'ingest every .txt, .md, .html and .jsonl file of a directory')
    .option('--concurrency <n>', 'articles in flight at once with --jsonl/--dir', '4')
    .action(async (file: string | undefined, options: IngestOptions) => {
      if (options.jsonl || options.dir) {
        if (file !== undefined || options.url || (options.jsonl && options.dir))
          throw new AppError('BAD_INPUT', 'Give one of: a file, --url, --jsonl FILE or --dir DIR.');
        const concurrency = Number(options.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
          throw new AppError('BAD_INPUT', '--concurrency: give a whole number from 1 to 64.');
        await bulkIngest({ jsonl: options.jsonl, dir: options.dir }, { concurrency, json: options.json ?? false });
        return;
      }
      if (file === undefined) {
        if (!options.url) throw new AppError('BAD_INPUT', 'Give a file to ingest, or --url URL to fetch one.');
        await ingestUrl(options.url, options.json ?? false);
        return;
      }
      const body = await readInput(file);
      // Validate everything before the database is opened: bad input changes nothing.
      const input = parseInput(ZIngestArticleInput, {
        body,
        format: options.format ?? (looksLikeHtml(file, body) ? 'html' : 'text'),
        source: options.format === 'html' || looksLikeHtml(file, body) ? 'html' : 'text',
        title: options.title,
        publishedAt: options.publishedAt,
        publisher: options.publisher,
        url: options.url,
      });
      const db = await openMigratedDatabase();
      try {
        const { article, created } = await ingestArticle(db.prisma, input);
        if (options.json) {
          console.log(JSON.stringify({ created, article }, null, 2));
          return;
        }
        console.log(`${created ? 'Stored' : 'Already stored'} article ${article.id}: ${article.title}`);
        console.log(`${article.claims.length} claims`);
        if (article.claims.length) console.log(formatClaimTable(article.claims));
      } finally {
        await db.close();
      }
    });
}

/** Fetches and ingests one URL; prints the article id and its claim count (or JSON). */
async function ingestUrl(url: string, json: boolean): Promise<void> {
  const input = parseInput(ZIngestUrlInput, { url });
  const db = await openMigratedDatabase();
  try {
    const result = await ingestFromUrl(db.prisma, input, {
      allowPrivateHosts: cliFetchEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow',
    });
    if (json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    const { article } = result;
    const what = result.created ? 'Stored' : result.revised ? `Stored version ${result.version} of` : 'Already stored';
    console.log(`${what} article ${article.id}: ${article.title}`);
    console.log(`${article.claims.length} claims`);
  } finally {
    await db.close();
  }
}
