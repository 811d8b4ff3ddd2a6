import Link from 'next/link';
import { getActor } from '../server/session';
import { signOutAction } from './sign-in/actions';

/** Who is signed in, with sign-out; a sign-in link otherwise. */
export async function AccountMenu() {
  const actor = await getActor();
  if (!actor)
    return (
      <Link href="/sign-in" className="account">
        Staff sign-in
      </Link>
    );
  return (
    <form action={signOutAction} className="account">
      <span data-testid="signed-in-as">
        {actor.label} ({actor.role})
      </span>
      <button type="submit">Sign out</button>
    </form>
  );
}
