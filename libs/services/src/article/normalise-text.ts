import { createHash } from 'node:crypto';
import { AppError } from '@claimledger/domain';

/** NFC, LF line ends, no trailing spaces, at most one blank line between paragraphs. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Control characters other than tab/newline mean the input is not text. */
export function assertLooksLikeText(text: string): void {
  const sample = text.slice(0, 64 * 1024);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length * 0.01) {
    throw new AppError('BAD_INPUT', 'The input looks like a binary file, not article text or HTML.');
  }
}

/**
 * PostgreSQL stores no NUL in text (SQLSTATE 22021): an article whose text carries one anywhere,
 * not only in the first 64 KiB assertLooksLikeText samples, is refused before anything is saved.
 */
export function assertNoNul(text: string): void {
  const at = text.indexOf('\u0000');
  if (at >= 0)
    throw new AppError(
      'BAD_INPUT',
      `The input has a NUL character at position ${at}: it looks like a binary file, not article text or HTML.`,
    );
}
