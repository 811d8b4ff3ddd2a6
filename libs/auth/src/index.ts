export { createUser } from './users';
export { resolveActor, signIn, signOut } from './sessions';
export { SESSION_COOKIE, SESSION_DAYS } from './session-token';
