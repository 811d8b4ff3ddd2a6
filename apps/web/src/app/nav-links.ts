import { can, type Permission, type Role } from '@claimledger/domain';

export type NavLink = { href: string; label: string; permission?: Permission };

/** Every link of the main navigation with the permission it needs; a role sees only what it can use. */
export const NAV_LINKS: readonly NavLink[] = [
  { href: '/', label: 'Dashboard', permission: 'claim:approve' },
  { href: '/inbox', label: 'Inbox' },
  { href: '/claims', label: 'Queue' },
  { href: '/articles', label: 'Articles' },
  { href: '/articles/new', label: 'Add article', permission: 'article:ingest' },
  { href: '/admin/sources', label: 'Sources', permission: 'source:manage' },
  { href: '/admin/scale', label: 'Verdict scale', permission: 'scale:manage' },
  { href: '/admin/keys', label: 'API keys', permission: 'key:manage' },
  { href: '/admin/webhooks', label: 'Webhooks', permission: 'key:manage' },
  { href: '/admin/matching', label: 'Claim matching', permission: 'scale:manage' },
  { href: '/admin/jobs', label: 'Jobs', permission: 'job:manage' },
];

export function navLinksFor(role: Role): NavLink[] {
  return NAV_LINKS.filter((link) => !link.permission || can(role, link.permission));
}

/** What each role may do, in words, for the page that explains a refusal. */
export const ROLE_ABILITIES: Record<Role, string> = {
  viewer: 'read articles, claims and their reviews',
  reviewer: 'also add articles, review claims that are theirs or unassigned, and cite sources',
  editor: 'also assign claims, approve or send back reviews, publish and export reports',
  admin: 'also manage the verdict scale, API keys, webhooks and accounts',
};
