import { spawn } from 'node:child_process';
import path from 'node:path';
import { ZExtractResponse } from '@claimledger/contracts';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../bin/claimledger.js');

function runCli(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('claimledger extract --jsonl', () => {
  it('answers every input line in order, ids unchanged, bad lines as errors, and keeps going', async () => {
    const input = [
      { id: 'a-1', text: '“We have a million Russian speakers in Israel,” Netanyahu said.', publishedAt: '2016-10-21' },
      'this is not json',
      { id: 42, text: '' },
      { id: 'c', text: 'Thank you all for coming tonight.' },
      { id: 'd', text: 'Netanyahu and Putin also met twice this year.', publishedAt: '2016-10-21' },
    ]
      .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      .join('\n');
    const { code, stdout } = await runCli(['extract', '--jsonl'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['id'])).toEqual(['a-1', null, 42, 'c', 'd']);
    expect(lines[1]).toEqual({ id: null, error: 'not valid JSON' });
    expect(lines[2]).toMatchObject({ id: 42, error: expect.stringContaining('text is empty') });

    const first = ZExtractResponse.parse(lines[0]);
    expect(first.isCheckworthy).toBe(true);
    expect(first.claims.find((c) => c.kind === 'quantity')).toMatchObject({
      text: 'a million Russian speakers in Israel',
      value: 1_000_000,
      speaker: 'Netanyahu',
      quote: true,
    });
    const chatter = ZExtractResponse.parse(lines[3]);
    expect(chatter.isCheckworthy).toBe(false);
    expect(chatter.checkworthiness).toBeLessThan(0.5);
    expect(first.kinds).toEqual(['quantity', 'quote']);
    const met = ZExtractResponse.parse(lines[4]);
    expect(met.claims[0]).toMatchObject({
      text: 'met twice this year',
      value: 2,
      kinds: ['count', 'temporal'],
      timeScope: { start: '2016-01-01', end: '2016-12-31' },
    });
    // The text's kinds at the top level: a dated figure (the kinds model's quantity) about an event.
    expect(met).toMatchObject({ kind: 'temporal', kinds: ['temporal', 'quantity', 'event'] });
    // "tonight" is a time, but nothing is claimed. The kinds model still gives chatter its
    // majority type, event (libs/claim-extraction/README.md, kinds).
    expect(chatter).toMatchObject({ claims: [], kinds: ['temporal', 'event'] });
  });

  it('prints a readable table for a file', async () => {
    const { code, stdout } = await runCli(
      ['extract', '-', '--published-at', '2025-01-10'],
      'The port handled 4.2 million containers in 2024, up 12 percent.\n',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/check-worthiness \d\.\d\d \((check-worthy|not check-worthy)\), \d+ claims/);
    expect(stdout).toMatch(/quantity\s+4200000/);
    expect(stdout).toContain('2024-01-01..2024-12-31');
  });
});
