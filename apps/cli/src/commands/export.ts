import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { ZExportRequest, parseInput } from '@claimledger/contracts';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { CLI_ACTOR } from '@claimledger/domain';
import { exportReport, reportOptions } from '@claimledger/services';
import { cliEnv } from '../env';

type ExportOptions = { format: string; article?: string; claim?: string; state?: string; output: string; title?: string };

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export a verification report: ClaimReview JSON-LD, Markdown, PDF or CSV')
    .requiredOption('--format <format>', 'claimreview, markdown, pdf or csv')
    .option('--article <id>', 'only this article')
    .option('--claim <id>', 'only this claim')
    .option('--state <state>', 'only claims in this workflow state (e.g. approved)')
    .option('--title <title>', 'report title', 'Verification report')
    .requiredOption('-o, --output <file>', 'where to write the report')
    .action(async (options: ExportOptions) => {
      const request = parseInput(ZExportRequest, {
        format: options.format,
        articleId: options.article,
        claimId: options.claim,
        state: options.state,
      });
      const db = await openMigratedDatabase();
      const partial = `${options.output}.partial`;
      try {
        const report = await exportReport(
          db.prisma,
          CLI_ACTOR,
          request,
          reportOptions(cliEnv, options.title ?? 'Verification report'),
        );
        await pipeline(report.stream, createWriteStream(partial));
        await rename(partial, options.output);
        console.log(`Wrote ${report.claimCount} claims to ${options.output}`);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      } finally {
        await db.close();
      }
    });
}
