// Test support: runs the built CLI in a scratch folder with its own embedded database.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/claimledger.js');

export type CliResult = { code: number; stdout: string; stderr: string };

export type CliWorkspace = {
  /** The scratch folder (the CLI's working directory); set before the tests run. */
  dir: string;
  /** The CLI's environment: DATABASE_URL as given, CLAIMLEDGER_DATA_DIR inside `dir`. */
  env: NodeJS.ProcessEnv;
  /** Runs `claimledger ...args`; a failing command resolves with its exit code, not a throw. */
  cli(...args: string[]): Promise<CliResult>;
};

/** Registers beforeAll/afterAll that create and remove the workspace. */
export function useCliWorkspace(prefix: string, databaseUrl: () => string, extraEnv: NodeJS.ProcessEnv = {}): CliWorkspace {
  const workspace: CliWorkspace = {
    dir: '',
    env: {},
    async cli(...args) {
      try {
        const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: workspace.env, cwd: workspace.dir });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const e = error as CliResult;
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    },
  };
  beforeAll(async () => {
    workspace.dir = await mkdtemp(path.join(tmpdir(), prefix));
    workspace.env = {
      ...process.env,
      DATABASE_URL: databaseUrl(),
      CLAIMLEDGER_DATA_DIR: path.join(workspace.dir, 'pglite'),
      ...extraEnv,
    };
    for (const [name, value] of Object.entries(extraEnv)) if (value === undefined) delete workspace.env[name];
  });
  afterAll(() => rm(workspace.dir, { recursive: true, force: true }));
  return workspace;
}
