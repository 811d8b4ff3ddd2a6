import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getActor } from '../../server/session';

export const dynamic = 'force-dynamic';

/** Everything for reviewers needs a signed-in user; the API checks each permission again. */
export default async function ReviewerLayout({ children }: { children: ReactNode }) {
  if (!(await getActor())) redirect('/sign-in');
  return children;
}
