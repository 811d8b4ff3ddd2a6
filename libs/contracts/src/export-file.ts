import { z } from 'zod';
import { ZId } from './common';
import { ZExportFormat, ZExportRequest } from './report';

export const EXPORT_FILE_STATUSES = ['pending', 'ready', 'failed'] as const;
export const ZExportFileStatus = z.enum(EXPORT_FILE_STATUSES);
export type TExportFileStatus = z.infer<typeof ZExportFileStatus>;

/** A report to prepare in the background: the direct export's filter and format, and a title. */
export const ZRequestExportInput = ZExportRequest.extend({ title: z.string().trim().min(1).max(200).optional() });
export type TRequestExportInput = z.infer<typeof ZRequestExportInput>;

export const ZExportFileIdInput = z.object({ id: ZId });
export type TExportFileIdInput = z.infer<typeof ZExportFileIdInput>;

/** A report prepared by an `export` job: waiting or being written, ready to download, or failed with the reason. */
export const ZExportFile = z.object({
  id: ZId,
  format: ZExportFormat,
  status: ZExportFileStatus,
  fileName: z.string(),
  contentType: z.string(),
  claimCount: z.number().int().nullable(),
  byteSize: z.number().int(),
  failure: z.string().nullable(),
  createdAt: z.date(),
  readyAt: z.date().nullable(),
  expiresAt: z.date(),
  /** Where a ready file downloads from (the web server's route); null until it is ready. */
  downloadUrl: z.string().nullable(),
});
export type TExportFile = z.infer<typeof ZExportFile>;
