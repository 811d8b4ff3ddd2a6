import { EXPORT_FORMATS } from '@claimledger/contracts';

const LABELS = { claimreview: 'ClaimReview', markdown: 'Markdown', pdf: 'PDF', csv: 'CSV' } as const;

/** Download links for a report of the given scope (claim, article or filtered list). */
export function ExportLinks({ scope }: { scope: Record<string, string | undefined> }) {
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
            {LABELS[format]}
          </a>
        </span>
      ))}
    </nav>
  );
}
