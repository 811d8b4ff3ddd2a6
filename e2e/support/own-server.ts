import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A second ClaimLedger server with its own fresh demo database, for specs that need one. */
export type OwnServer = { baseURL: string; log: () => string; stop: () => Promise<void> };

const MAIN_PORT = Number(process.env['E2E_PORT'] ?? 3100);

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { redirect: 'manual' })).status < 500;
  } catch {
    return false;
  }
}

/**
 * Starts support/serve.mjs on E2E_PORT + offset (its citation sources one port above) with the
 * given environment, and resolves when it answers. Every spec that uses one picks its own offset.
 */
export async function startOwnServer(offset: number, env: Record<string, string | undefined> = {}): Promise<OwnServer> {
  const port = MAIN_PORT + offset;
  const baseURL = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(import.meta.dirname, 'serve.mjs'), String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  // Ready when the demo data is in: the server logs it once loaded (or found on a used database).
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    if (/demo reviews/.test(output) && (await answers(`${baseURL}/sign-in`))) return { baseURL, log: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server on ${baseURL} did not start:\n${output}`);
}
