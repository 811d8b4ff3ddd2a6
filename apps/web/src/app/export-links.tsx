import { EXPORT_FORMATS } from '@claimledger/contracts';
import { BackgroundExport } from './background-export';
import { EXPORT_LABELS } from './export-labels';

/**
 * Download links for a report of the given scope (claim, article or filtered list), streamed at
 * once; with `canBeLarge` (lists, articles), a report can be prepared in the background instead.
 */
export function ExportLinks({ scope, canBeLarge = false }: { scope: Record<string, string | undefined>; canBeLarge?: boolean }) {
  const query = (format: string) => {
    const params = new URLSearchParams({ format });
    for (const [key, value] of Object.entries(scope)) if (value) params.set(key, value);
    return `/api/exports?${params.toString()}`;
  };
  return (
    <nav className="export-links" aria-label="Export">
      Export:{' '}
      {EXPORT_FORMATS.map((format, i) => (
        <span key={format}>
          {i > 0 ? ' · ' : ''}
          <a href={query(format)} download>
            {EXPORT_LABELS[format]}
          </a>
        </span>
      ))}
      {canBeLarge ? <BackgroundExport scope={scope} /> : null}
    </nav>
  );
}
