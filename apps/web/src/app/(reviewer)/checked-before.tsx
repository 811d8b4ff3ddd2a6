import type { TPriorVerdict } from '@claimledger/contracts';
import Link from 'next/link';

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : 'date unknown');

/** "Checked before: <verdict>, <date>, <link>" for a repeat of a claim that already has a verdict. */
export function CheckedBefore({ prior, valueChange }: { prior: TPriorVerdict; valueChange?: boolean | undefined }) {
  const label = prior.source === 'imported' ? `${prior.publisher ?? 'another publisher'}'s fact-check` : 'published verdict';
  return (
    <span className="checked-before" data-testid="checked-before">
      Checked before: <strong>{prior.verdict}</strong>, {day(prior.date)},{' '}
      {prior.source === 'imported' ? (
        <a href={prior.link} rel="noreferrer noopener" target="_blank">
          {label}
        </a>
      ) : (
        <Link href={prior.link}>{label}</Link>
      )}
      {valueChange ? <strong className="value-change"> · the value changed: re-check</strong> : null}
    </span>
  );
}
