import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma CLI config (generate only). Migrations run through prisma/runner with the
// wasm schema engine, which reads the same schema folder and migrations path.
export default defineConfig({
  schema: path.join(import.meta.dirname, 'schema'),
  migrations: { path: path.join(import.meta.dirname, 'migrations') },
});
