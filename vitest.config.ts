import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['libs/**/src/**/*.test.{ts,tsx}', 'apps/**/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.int.test.ts', '**/*.security.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['libs/**/src/**/*.int.test.ts', 'apps/**/src/**/*.int.test.ts', 'prisma/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['libs/db/src/testing/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'security',
          include: ['libs/**/src/**/*.security.test.ts', 'apps/**/src/**/*.security.test.ts'],
          environment: 'node',
          globalSetup: ['libs/db/src/testing/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
