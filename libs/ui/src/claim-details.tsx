import type { TClaim } from '@claimledger/contracts';
import { SHARE_UNITS } from '@claimledger/domain';
import { formatAmount, formatTimeScope } from './claim-summary';

const formatNumber = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: 4 }));

/** The structured fields of one claim as a definition list. */
export function ClaimDetails({ claim }: { claim: TClaim }) {
  const rows: Array<[string, string]> = [
    ['Kind', claim.kinds.join(', ')],
    // The unit has its own row: only shares are shown as percentages here.
    ['Value', claim.value === null ? '—' : formatAmount(claim.value, SHARE_UNITS.has(claim.unit ?? '') ? claim.unit : null)],
    ['Range', claim.low === null && claim.high === null ? '—' : `${formatNumber(claim.low)} … ${formatNumber(claim.high)}`],
    ['Bound', claim.bound ?? '—'],
    ['Unit', claim.unit ?? '—'],
    ['Counted', claim.counted ?? '—'],
    ['Where', claim.place ?? '—'],
    ['Hedged', claim.hedged ? 'yes' : 'no'],
    ['Speaker', claim.speaker ?? '—'],
    ['Quote', claim.isQuote ? 'yes' : 'no'],
    ['Time scope', formatTimeScope(claim.timeStart, claim.timeEnd) ?? '—'],
    ['Check-worthiness', claim.checkworthiness.toFixed(2)],
    ['Span', `${claim.start}–${claim.end}`],
    ['Extractor', claim.extractorVersion],
  ];
  return (
    <div className="claim-details" data-testid="claim-details">
      <blockquote className="claim-text">{claim.text}</blockquote>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="field">
            <dt>{label}</dt>
            <dd data-field={label.toLowerCase().replace(/[^a-z]+/g, '-')}>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
