import { can } from '@claimledger/domain';
import Link from 'next/link';
import { getActor } from '../server/session';
import { signOutAction } from './sign-in/actions';

/** Who is signed in, with sign-out; a sign-in link otherwise. */
export async function AccountMenu() {
  const actor = await getActor();
  if (!actor) return <Link href="/sign-in">Sign in</Link>;
  return (
    <form action={signOutAction} className="account">
      <span data-testid="signed-in-as">
        {actor.label} ({actor.role})
      </span>
      <button type="submit">Sign out</button>
    </form>
  );
}

/** Links only admins need. */
export async function AdminLinks() {
  const actor = await getActor();
  if (!actor || !can(actor.role, 'scale:manage')) return null;
  return (
    <>
      <Link href="/admin/scale">Verdict scale</Link>
      <Link href="/admin/keys">API keys</Link>
      <Link href="/admin/webhooks">Webhooks</Link>
      <Link href="/admin/matching">Claim matching</Link>
    </>
  );
}
