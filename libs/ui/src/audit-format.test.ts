import { describe, expect, it } from 'vitest';
import { actionLabel, describeChanges } from './audit-format';

const lookup = {
  people: [{ id: 'cmx5rita', name: 'Rita Reviewer', email: 'rita@example.org' }],
  verdicts: [{ id: 'cmx5false', slug: 'false', name: 'False' }],
};

describe('describeChanges', () => {
  it('names people instead of ids and e-mails, under one readable label', () => {
    expect(describeChanges({ assignee: null }, { assigneeId: 'cmx5rita' }, lookup)).toEqual([
      { key: 'assignee', label: 'Assignee', before: '—', after: 'Rita Reviewer' },
    ]);
  });
  it('names verdicts and states, and leaves out record ids and versions', () => {
    const changes = describeChanges(
      { state: 'in_review', version: 3 },
      { state: 'approved', version: 4, verdictLabelId: 'cmx5false', reviewId: 'r1' },
      lookup,
    );
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['State', 'In review', 'Approved (published)'],
      ['Verdict', null, 'False'],
    ]);
  });
  it('labels fields and actions in words', () => {
    expect(describeChanges({ timeStart: null }, { timeStart: '2023-01-01' }, lookup)[0]?.label).toBe('Time from');
    expect(actionLabel('claim.fields_changed')).toBe('edited the fields');
  });
});
