import type { Command } from 'commander';
import { ZIngestArticleInput, parseInput } from '@claimledger/contracts';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { ingestArticle } from '@claimledger/services';
import { formatClaimTable } from '../print-claims';
import { looksLikeHtml, readInput } from '../read-input';

type IngestOptions = {
  title?: string;
  publishedAt?: string;
  publisher?: string;
  url?: string;
  format?: 'text' | 'html';
  json?: boolean;
};

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest an article from a text or HTML file (or - for stdin) and extract its claims')
    .argument('<file>', 'path to a .txt or .html file, or - for stdin')
    .option('--title <title>', 'article title (default: from the HTML or the first line)')
    .option('--published-at <date>', 'publication date, e.g. 2016-10-21')
    .option('--publisher <name>', 'publisher name')
    .option('--url <url>', 'article URL')
    .option('--format <format>', 'text or html (default: from the file)')
    .option('--json', 'print the stored article as JSON')
    .action(async (file: string, options: IngestOptions) => {
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
