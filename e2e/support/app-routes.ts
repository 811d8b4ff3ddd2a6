import { globSync } from 'node:fs';
import path from 'node:path';

const appDir = path.resolve(import.meta.dirname, '../../apps/web/src/app');

/** One page of the web app: its route pattern (`/claims/[claimId]`) and whether it needs no sign-in. */
export type AppRoute = { pattern: string; isPublic: boolean };

/**
 * Every page the app has, read from its page.tsx files when the test runs, so a new page cannot
 * be left out of the checks that loop over them. Route groups such as `(reviewer)` are not part
 * of the address; every page in `(reviewer)` needs a signed-in user.
 */
export function appRoutes(): AppRoute[] {
  return globSync('**/page.tsx', { cwd: appDir })
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== '.');
      return {
        pattern: `/${segments.filter((s) => !/^\(.*\)$/.test(s)).join('/')}`,
        isPublic: !segments.includes('(reviewer)'),
      };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The address of a route with each `[segment]` replaced by its id; throws when one has none. */
export function fillRoute(pattern: string, ids: Record<string, string>): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`No demo id for [${name}] in ${pattern}: add one to the ids the test maps routes with.`);
    return id;
  });
}
