// What the integration global setup hands to every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseUrl: string | null;
    pgliteSnapshot: string | null;
  }
}
export {};
