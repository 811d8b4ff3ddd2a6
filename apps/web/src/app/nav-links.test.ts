import { describe, expect, it } from 'vitest';
import { navLinksFor } from './nav-links';

const labels = (role: Parameters<typeof navLinksFor>[0]) => navLinksFor(role).map((l) => l.label);

describe('navLinksFor', () => {
  it('shows a viewer only what they can read', () => {
    expect(labels('viewer')).toEqual(['Inbox', 'Queue', 'Articles']);
  });
  it('lets reviewers add articles but not manage the scale', () => {
    expect(labels('reviewer')).toContain('Add article');
    expect(labels('reviewer')).not.toContain('Verdict scale');
  });
  it('gives editors the dashboard', () => {
    expect(labels('editor')).toContain('Dashboard');
    expect(labels('reviewer')).not.toContain('Dashboard');
  });
  it('gives admins the admin pages', () => {
    expect(labels('admin')).toEqual(expect.arrayContaining(['Verdict scale', 'API keys', 'Webhooks']));
  });
});
