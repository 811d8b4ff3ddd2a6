import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const TAG_RULES = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  // The API layer reaches data only through services.
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:service', 'type:auth', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:auth', onlyDependOnLibsWithTags: ['type:data', 'type:contracts', 'type:domain'] },
  // Job handlers call services; the queue library is reached by apps only.
  { sourceTag: 'type:jobs', onlyDependOnLibsWithTags: ['type:service', 'type:data', 'type:nlp', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:data', 'type:nlp', 'type:reports', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:reports', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:nlp', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:contracts', 'type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
  // Browser code never imports Node-only libraries.
  { sourceTag: 'platform:browser', onlyDependOnLibsWithTags: ['platform:browser', 'platform:shared'] },
  { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'] },
  { sourceTag: 'platform:node', onlyDependOnLibsWithTags: ['platform:node', 'platform:shared'] },
  { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['*'] },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/.next/**', '**/generated/**', '**/dist/**', 'test-results/**', '**/next-env.d.ts', 'scratch/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: TAG_RULES, banTransitiveDependencies: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Integration and security tests and benchmarks build their context on a real migrated database
    // (and, where the server runs work as jobs, on a real job queue).
    files: ['**/*.int.test.ts', '**/*.security.test.ts', '**/security/harness.ts', '**/bench/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: ['@claimledger/db', '@claimledger/db/testing', '@claimledger/jobs'],
          depConstraints: TAG_RULES,
          banTransitiveDependencies: false,
        },
      ],
    },
  },
  {
    // Only the data library talks to Prisma.
    files: ['apps/**', 'libs/**', 'e2e/**'],
    ignores: ['libs/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@prisma/*', 'pglite-prisma-adapter', '@electric-sql/*', 'pg'], message: 'Only libs/db talks to the database.' }] },
      ],
    },
  },
  {
    // Configuration goes through zod-validated env.ts modules.
    files: ['apps/**/src/**', 'libs/**/src/**'],
    ignores: ['**/env.ts', '**/*.test.ts', '**/testing/**', 'apps/web/src/instrumentation.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read configuration in an env.ts module.' },
      ],
    },
  },
  prettier,
);
