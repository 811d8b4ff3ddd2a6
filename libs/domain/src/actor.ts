import type { Role } from './permissions';

/** Who does something: a signed-in user, or a system actor (the CLI operator) with no user id. */
export type Actor = { id: string | null; label: string; role: Role };

export const CLI_ACTOR: Actor = { id: null, label: 'cli', role: 'admin' };
