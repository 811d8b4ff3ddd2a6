'use client';

import { EXPORT_FORMATS, ZExportFormat, ZRequestExportInput, type TExportFormat } from '@claimledger/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../trpc/client';
import { EXPORT_LABELS } from './export-labels';

const size = (bytes: number) =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/**
 * Large reports: a worker prepares the file (an `export` job) and stores it; this shows its
 * state while it is written and a download link when it is ready.
 */
export function BackgroundExport({ scope }: { scope: Record<string, string | undefined> }) {
  const trpc = useTRPC();
  const [isOpen, setOpen] = useState(false);
  const [format, setFormat] = useState<TExportFormat>('csv');
  const request = useMutation(trpc.export.request.mutationOptions());
  const fileId = request.data?.id;
  const { data: file, error } = useQuery(
    trpc.export.status.queryOptions(
      { id: fileId ?? '' },
      { enabled: Boolean(fileId), refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1000 : false) },
    ),
  );
  const input = ZRequestExportInput.safeParse({
    format,
    ...scope,
    minCheckworthiness: scope['minCheckworthiness'] ? Number(scope['minCheckworthiness']) : undefined,
  });
  if (!input.success) return null;
  const shown = file ?? request.data;
  return (
    <span className="background-export" data-testid="background-export">
      {' · '}
      <button type="button" className="inline-action" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
        In background…
      </button>
      {isOpen ? (
        <span className="background-export-panel">
          <select
            aria-label="Background export format"
            value={format}
            onChange={(e) => setFormat(ZExportFormat.parse(e.target.value))}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {EXPORT_LABELS[f]}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            disabled={request.isPending || shown?.status === 'pending'}
            onClick={() => request.mutate(input.data)}
          >
            Prepare in background
          </button>{' '}
          <span role="status" data-testid="background-export-status">
            {request.error ? <span className="error">{request.error.message}</span> : null}
            {error ? <span className="error">{error.message}</span> : null}
            {shown?.status === 'pending' ? `Preparing ${shown.fileName}…` : null}
            {shown?.status === 'failed' ? <span className="error">Export failed: {shown.failure}</span> : null}
            {shown?.status === 'ready' && shown.downloadUrl ? (
              <a href={shown.downloadUrl} download={shown.fileName}>
                Download {shown.fileName} ({size(shown.byteSize)})
              </a>
            ) : null}
          </span>
        </span>
      ) : null}
    </span>
  );
}
