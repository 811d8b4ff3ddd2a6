export { appRouter } from './root';
export type { AppRouter } from './root';
export type { ApiContext } from './context';
export { createCallerFactory } from './trpc';
