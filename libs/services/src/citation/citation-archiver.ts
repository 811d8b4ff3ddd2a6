import type { DbClient } from '@claimledger/db';
import { archiveCitation, archivePendingCitations } from './archive-citation';
import type { FetchSourceOptions } from './fetch-source';

/** Where a new citation goes to be archived without keeping its request waiting. */
export type ArchiveQueue = { enqueue(citationId: string): void };

/**
 * Archives citations one at a time in this process, for tests and one-off commands. The
 * server and workers archive through the `citation-archive` job instead (libs/jobs).
 */
export class CitationArchiver implements ArchiveQueue {
  private readonly waiting: string[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: DbClient,
    private readonly options: FetchSourceOptions = {},
  ) {}

  enqueue(citationId: string): void {
    if (!this.waiting.includes(citationId)) this.waiting.push(citationId);
    this.running ??= this.work().finally(() => {
      this.running = null;
    });
  }

  /** Archives what an earlier process left pending. */
  resume(): Promise<number> {
    return archivePendingCitations(this.db, this.options);
  }

  /** Resolves when the queue is empty. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async work(): Promise<void> {
    for (let id = this.waiting.shift(); id; id = this.waiting.shift()) {
      try {
        await archiveCitation(this.db, id, this.options);
      } catch (error) {
        console.error(`claimledger: archiving citation ${id} failed:`, error);
      }
    }
  }
}
