import path from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

// The first lint call loads the ESLint config and plugins: seconds on a busy machine.
describe('Nx module boundaries (lint)', { timeout: 60_000 }, () => {
  // The rule reads Nx's cached project graph; build it here so the test does not rely on lint having run first.
  beforeAll(async () => {
    await createProjectGraphAsync({ exitOnError: false });
  }, 120_000);

  it('stop the API layer from importing the data layer', async () => {
    const errors = await boundaryErrors(
      'libs/api/src/probe.ts',
      "import { openDatabase } from '@claimledger/db';\nexport const probe = openDatabase;\n",
    );
    expect(errors).toEqual([expect.stringContaining('"type:api" can only depend on libs tagged with')]);
  });

  it('stop browser UI code from importing Node-only libraries', async () => {
    const errors = await boundaryErrors(
      'libs/ui/src/probe.ts',
      "import { ingestArticle } from '@claimledger/services';\nexport const probe = ingestArticle;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('let services use the data layer', async () => {
    const errors = await boundaryErrors(
      'libs/services/src/probe.ts',
      "import { findClaim } from '@claimledger/db';\nexport const probe = findClaim;\n",
    );
    expect(errors).toEqual([]);
  });
});
