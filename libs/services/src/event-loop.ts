import { setImmediate } from 'node:timers/promises';

/**
 * Lets waiting requests and timers run. The embedded database answers on this thread and each
 * statement resolves straight into the next, so a long run of statements would otherwise keep
 * every other request waiting until it ends.
 */
export const yieldToEventLoop = (): Promise<void> => setImmediate();
