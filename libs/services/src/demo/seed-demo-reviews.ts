import { createHash } from 'node:crypto';
import { findDemoClaimByText, saveArchivedCopy, type DbClient } from '@claimledger/db';
import type { Actor } from '@claimledger/domain';
import { attachCitation } from '../citation/citations';
import { anchorQuote } from '../citation/anchor-quote';
import { moveClaimState } from '../claim/move-claim-state';
import { approveReview, listVerdictLabels, submitReview } from '../review/reviews';

/** A fictional source document, stored as if archived, so the demo works offline. */
const FINANCE_REPORT = `Riverton finance office — adopted budget summary

Total adopted budget: $412.0 million.
Education: spending is 31 percent higher than five years ago, after adjusting the base year for the 2021 reorganisation.
Road repairs: $56.8 million.`;

const QUOTE = 'spending is 31 percent higher than five years ago';

/**
 * Demo mode: one published review with an archived citation and one review waiting for the
 * second review, so a fresh start can show the workflow and export reports.
 */
export async function seedDemoReviews(db: DbClient, people: { reviewer: Actor; editor: Actor }): Promise<boolean> {
  const claim = await findDemoClaimByText(db, '38 percent');
  const second = await findDemoClaimByText(db, '240 new teachers');
  if (!claim || !second || claim.state !== 'new' || second.state !== 'new') return false;
  const labels = await listVerdictLabels(db);
  const mostlyFalse = labels.find((l) => l.slug === 'mostly-false');
  const mostlyTrue = labels.find((l) => l.slug === 'mostly-true');
  if (!mostlyFalse || !mostlyTrue) return false;

  await moveClaimState(db, people.reviewer, { id: claim.id, to: 'in_review', expectedVersion: claim.version });
  const citation = await attachCitation(db, people.reviewer, {
    claimId: claim.id,
    sourceUrl: 'https://riverton.example/finance/budget-summary',
    title: 'Adopted budget summary',
    publisher: 'Riverton finance office',
    stance: 'refutes',
    quote: QUOTE,
  });
  const anchored = anchorQuote(FINANCE_REPORT, QUOTE);
  await saveArchivedCopy(db, citation.id, {
    url: citation.sourceUrl,
    body: FINANCE_REPORT,
    hash: createHash('sha256').update(FINANCE_REPORT).digest('hex'),
    archivedAt: new Date(),
    quote: anchored && { exact: anchored.exact, prefix: anchored.prefix, suffix: anchored.suffix },
  });
  const review = await submitReview(db, people.reviewer, {
    claimId: claim.id,
    verdictLabelId: mostlyFalse.id,
    rationale:
      'The finance office puts the rise at 31 percent, not 38 percent; the larger figure uses a base year before the 2021 reorganisation.',
    expectedVersion: claim.version + 1,
  });
  await approveReview(db, people.editor, { reviewId: review.id, expectedVersion: claim.version + 2 });

  await moveClaimState(db, people.reviewer, { id: second.id, to: 'in_review', expectedVersion: second.version });
  await submitReview(db, people.reviewer, {
    claimId: second.id,
    verdictLabelId: mostlyTrue.id,
    rationale: 'The hiring plan lists 236 teaching posts funded for September; the mayor rounded up.',
    expectedVersion: second.version + 1,
  });
  return true;
}
