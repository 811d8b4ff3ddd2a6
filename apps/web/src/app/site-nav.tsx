import { countUnreadInbox } from '@claimledger/services';
import Link from 'next/link';
import { getServer } from '../server/database';
import { getActor } from '../server/session';
import { navLinksFor } from './nav-links';

/**
 * The main navigation, for signed-in staff only: readers of published reviews never see the
 * newsroom's internal pages, and each role sees only the pages it can use. The inbox link
 * carries the number of unread items.
 */
export async function SiteNav() {
  const actor = await getActor();
  if (!actor) return null;
  const { db } = await getServer();
  const unread = await countUnreadInbox(db.prisma, actor);
  return (
    <nav aria-label="Main" className="site-nav">
      {navLinksFor(actor.role).map((link) => (
        <Link key={link.href} href={link.href}>
          {link.label}
          {link.href === '/inbox' && unread > 0 ? (
            <span className="nav-count" data-testid="inbox-unread">
              {unread}
              <span className="sr-only"> unread</span>
            </span>
          ) : null}
        </Link>
      ))}
    </nav>
  );
}
