import type { Command } from 'commander';
import { ZAddSourceInput, parseInput, parseInterval, type TSourceHealth } from '@claimledger/contracts';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { AppError, CLI_ACTOR } from '@claimledger/domain';
import { addSource, ingestFromUrl, listSources, pollSource } from '@claimledger/services';
import { cliFetchEnv } from '../env';

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').slice(0, 16) : '-');

function formatSources(sources: TSourceHealth[]): string {
  const header = ['status', 'every', 'items/24h', 'last success', 'next poll', 'url', 'last error'].join('\t');
  return [
    header,
    ...sources.map((s) =>
      [
        s.status,
        `${s.intervalMinutes}m`,
        s.itemsLastDay,
        when(s.lastSuccessAt),
        when(s.nextPollAt),
        s.url,
        s.lastError ?? '',
      ].join('\t'),
    ),
  ].join('\n');
}

export function registerSources(program: Command): void {
  const sources = program.command('sources').description('feeds and sitemaps polled for new articles');
  sources
    .command('add')
    .description('add an RSS/Atom feed or a news sitemap to poll')
    .argument('<url>', 'the feed or sitemap URL')
    .option('--every <interval>', 'how often to poll: 15m, 2h, 1d', '15m')
    .action(async (url: string, options: { every: string }) => {
      const minutes = parseInterval(options.every);
      if (minutes === null)
        throw new AppError('BAD_INPUT', `--every: "${options.every}" is not an interval such as 15m, 2h or 1d.`);
      const input = parseInput(ZAddSourceInput, { url, intervalMinutes: minutes });
      const db = await openMigratedDatabase();
      try {
        const { source, created } = await addSource(db.prisma, CLI_ACTOR, input);
        console.log(
          `${created ? 'Added' : 'Already added'} source ${source.id}: ${source.url} (every ${source.intervalMinutes}m)`,
        );
      } finally {
        await db.close();
      }
    });
  sources
    .command('list')
    .description('list sources with their health')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const db = await openMigratedDatabase();
      try {
        const list = await listSources(db.prisma);
        console.log(options.json ? JSON.stringify(list, null, 2) : list.length ? formatSources(list) : 'No sources yet.');
      } finally {
        await db.close();
      }
    });
  sources
    .command('poll')
    .description('poll one source now and ingest its new articles in this process')
    .argument('<id>', 'source id')
    .action(async (id: string) => {
      const db = await openMigratedDatabase();
      const allowPrivateHosts = cliFetchEnv.CLAIMLEDGER_PRIVATE_HOSTS === 'allow';
      try {
        const urls: string[] = [];
        const result = await pollSource(db.prisma, id, { allowPrivateHosts, enqueueIngest: async (url) => void urls.push(url) });
        console.log(`${result.status}: ${result.newItems} new items${result.error ? ` (${result.error})` : ''}`);
        for (const url of urls) {
          try {
            const { article } = await ingestFromUrl(db.prisma, { url }, { allowPrivateHosts, source: 'feed' });
            console.log(`  ${url}: article ${article.id}, ${article.claims.length} claims`);
          } catch (error) {
            console.log(`  ${url}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
      } finally {
        await db.close();
      }
    });
}
