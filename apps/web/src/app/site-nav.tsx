import Link from 'next/link';
import { getActor } from '../server/session';
import { navLinksFor } from './nav-links';

/**
 * The main navigation, for signed-in staff only: readers of published reviews never see the
 * newsroom's internal pages, and each role sees only the pages it can use.
 */
export async function SiteNav() {
  const actor = await getActor();
  if (!actor) return null;
  return (
    <nav aria-label="Main" className="site-nav">
      {navLinksFor(actor.role).map((link) => (
        <Link key={link.href} href={link.href}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
