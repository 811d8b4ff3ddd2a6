import { WORKFLOW_STATE_LABELS, type WorkflowState } from '@claimledger/domain';

/** Names the audit trail can put in place of ids and e-mail addresses. */
export type AuditLookup = {
  people: ReadonlyArray<{ id: string; name: string; email?: string }>;
  verdicts: ReadonlyArray<{ id: string; slug: string; name: string }>;
};

const FIELD_LABELS: Record<string, string> = {
  assignee: 'Assignee',
  assigneeId: 'Assignee',
  verdict: 'Verdict',
  verdictLabelId: 'Verdict',
  state: 'State',
  version: 'Version',
  kinds: 'Kinds',
  value: 'Value',
  low: 'Range from',
  high: 'Range to',
  unit: 'Unit',
  counted: 'What is counted',
  place: 'Place',
  bound: 'Bound',
  hedged: 'Hedged',
  speaker: 'Speaker',
  isQuote: 'Direct quote',
  timeStart: 'Time from',
  timeEnd: 'Time to',
  rationale: 'Rationale',
  reason: 'Reason',
  body: 'Text',
  sourceUrl: 'Source',
  stance: 'Stance',
  quote: 'Quote',
};

/** Ids of records the event is about (review, citation, comment): noise to a reader. */
const HIDDEN_FIELDS = new Set(['reviewId', 'citationId', 'commentId']);

const ACTION_LABELS: Record<string, string> = {
  'claim.state_changed': 'changed the state',
  'claim.fields_changed': 'edited the fields',
  'claim.assigned': 'changed the assignee',
  'review.submitted': 'submitted a review',
  'review.approved': 'approved the review',
  'review.sent_back': 'sent the review back',
  'verdict.corrected': 'corrected the verdict',
  'citation.added': 'cited a source',
  'comment.added': 'commented',
};

export const fieldLabel = (key: string) => FIELD_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action.replace(/[._]/g, ' ');

/** A value as a reader says it: people and verdicts by name, states in words, nothing as JSON ids. */
export function describeValue(key: string, value: unknown, lookup: AuditLookup): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (key === 'assigneeId' || key === 'assignee') {
    const person = lookup.people.find((p) => p.id === value || p.email === value);
    return person?.name ?? String(value);
  }
  if (key === 'verdictLabelId' || key === 'verdict') {
    const label = lookup.verdicts.find((v) => v.id === value || v.slug === value);
    return label?.name ?? String(value);
  }
  if (key === 'state' && typeof value === 'string' && value in WORKFLOW_STATE_LABELS)
    return WORKFLOW_STATE_LABELS[value as WorkflowState];
  if (Array.isArray(value)) return value.map(String).join(', ');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export type AuditChange = { key: string; label: string; before: string | null; after: string | null };

/** Each field an event touched, labelled, with its value before and after in words. */
export function describeChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  lookup: AuditLookup,
): AuditChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const shown = keys.filter((key) => !HIDDEN_FIELDS.has(key) && !(key === 'version'));
  const byLabel = new Map<string, AuditChange>();
  for (const key of shown) {
    const label = fieldLabel(key);
    const entry = byLabel.get(label) ?? { key, label, before: null, after: null };
    if (before && key in before) entry.before = describeValue(key, before[key], lookup);
    if (after && key in after) entry.after = describeValue(key, after[key], lookup);
    byLabel.set(label, entry);
  }
  return [...byLabel.values()];
}
