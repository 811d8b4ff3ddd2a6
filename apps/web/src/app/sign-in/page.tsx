import { DEMO_PASSWORD, DEMO_USERS } from '../../server/demo-users';
import { webEnv } from '../../server/env';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';

export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm />
      {webEnv.CLAIMLEDGER_DEMO === 'on' ? (
        <section className="demo-accounts" aria-label="Demo accounts">
          <h2>Demo accounts</h2>
          <p>
            Every demo account uses the password <code>{DEMO_PASSWORD}</code>. Turn demo mode off with{' '}
            <code>CLAIMLEDGER_DEMO=off</code>.
          </p>
          <ul>
            {DEMO_USERS.map((u) => (
              <li key={u.email}>
                <code>{u.email}</code> ({u.role})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
