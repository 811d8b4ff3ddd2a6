import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ZImportClaimReviewsInput, parseInput } from '@claimledger/contracts';
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { importClaimReviewText } from '@claimledger/services';

export function registerImport(program: Command): void {
  const importCommand = program.command('import').description('import data published elsewhere');
  importCommand
    .command('claimreview')
    .description('import fact-checks from schema.org ClaimReview JSON-LD (one object, an array, a @graph or JSON lines)')
    .argument('<file>', 'path to the JSON-LD or JSON lines file')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const { content } = parseInput(ZImportClaimReviewsInput, { content: await readFile(file, 'utf8') });
      const db = await openMigratedDatabase();
      try {
        const result = await importClaimReviewText(db.prisma, content, null);
        if (options.json) {
          console.log(JSON.stringify(result, null, 2));
        } else {
          console.log(`Imported ${result.imported} new, updated ${result.updated}, refused ${result.refused.length}.`);
          for (const r of result.refused) console.error(`${file}:${r.line}: ${r.reason}`);
        }
        if (result.refused.length) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
