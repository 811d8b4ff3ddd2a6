import { ROLES } from '@claimledger/domain';
import Link from 'next/link';
import { getActor } from '../server/session';
import { ROLE_ABILITIES } from './nav-links';

/** Answered with HTTP 403 when a signed-in person opens a page their role does not allow. */
export default async function Forbidden() {
  const actor = await getActor();
  return (
    <section className="notice" data-testid="forbidden">
      <h1>Your role does not allow this page</h1>
      <p>
        {actor ? `You are signed in as ${actor.label} with the ${actor.role} role. ` : ''}
        Ask an admin for a role that includes it, or go back to <Link href="/claims">the queue</Link>.
      </p>
      <h2>What each role may do</h2>
      <dl className="role-list">
        {[...ROLES].reverse().map((role) => (
          <div key={role}>
            <dt>{role}</dt>
            <dd>{ROLE_ABILITIES[role]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
