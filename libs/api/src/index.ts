export { appRouter } from './root';
export type { AppRouter } from './root';
export type { ApiContext } from './context';
export { createCallerFactory } from './trpc';
export { apiKeyToken, createRestHandler, openApiDocument, REST_ENDPOINT } from './rest/rest-handler';
export type { RestOptions } from './rest/rest-handler';
export { createRateLimit } from './rest/rate-limit';
export type { RateLimit } from './rest/rate-limit';
