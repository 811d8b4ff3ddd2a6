import type { TExportFilter, TExportFormat } from '@claimledger/contracts';
import type { DbExecutor } from '../client';

/** Records that a report was exported: format, filter, size and who asked. */
export async function insertReport(
  db: DbExecutor,
  report: { format: TExportFormat; filter: TExportFilter; claimCount: number; createdById: string | null },
): Promise<void> {
  await db.report.create({ data: { ...report, filter: JSON.parse(JSON.stringify(report.filter)) } });
}
