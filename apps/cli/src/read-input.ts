import { open, stat } from 'node:fs/promises';
import { MAX_ARTICLE_BYTES } from '@claimledger/contracts';
import { AppError } from '@claimledger/domain';

/** Reads a file (or stdin for "-") as UTF-8, refusing what is too large before reading it all. */
export async function readInput(file: string): Promise<string> {
  if (file === '-') return readStdin();
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppError('BAD_INPUT', `No such file: ${file}`);
  if (!info.isFile()) throw new AppError('BAD_INPUT', `Not a file: ${file}`);
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new AppError(
      'BAD_INPUT',
      `${file} is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB.`,
    );
  }
  const handle = await open(file);
  try {
    return decode(await handle.readFile(), file);
  } finally {
    await handle.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_ARTICLE_BYTES) throw new AppError('BAD_INPUT', `stdin is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB.`);
    chunks.push(buf);
  }
  return decode(Buffer.concat(chunks), 'stdin');
}

function decode(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new AppError('BAD_INPUT', `${name} looks like a binary file, not article text or HTML.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('BAD_INPUT', `${name} is not valid UTF-8 text.`);
  }
}

export function looksLikeHtml(file: string, body: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(<!doctype html|<html[\s>])/i.test(body);
}
