import type { DbClient } from '@claimledger/db';
import type { ExportQueue } from './export-file';
import { runExportFile } from './run-export-file';

/**
 * Writes export files one at a time in this process, for tests and one-off commands. The
 * server and workers write them through the `export` job instead (libs/jobs).
 */
export class ExportRunner implements ExportQueue {
  private readonly waiting: string[] = [];
  private running: Promise<void> | null = null;

  constructor(private readonly db: DbClient) {}

  enqueue(fileId: string): Promise<string | null> {
    if (!this.waiting.includes(fileId)) this.waiting.push(fileId);
    this.running ??= this.work().finally(() => {
      this.running = null;
    });
    return Promise.resolve(null);
  }

  /** Resolves when the queue is empty. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async work(): Promise<void> {
    for (let id = this.waiting.shift(); id; id = this.waiting.shift()) {
      try {
        await runExportFile(this.db, id, { isLast: true });
      } catch (error) {
        console.error(`claimledger: export file ${id} failed:`, error);
      }
    }
  }
}
