import { describe, expect, it } from 'vitest';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('gives up at once on client errors such as NOT_FOUND', () => {
    expect(shouldRetry(0, { message: 'x', data: { httpStatus: 404 } })).toBe(false);
    expect(shouldRetry(0, { message: 'x', data: { httpStatus: 403 } })).toBe(false);
  });
  it('retries server and network failures up to three times', () => {
    expect(shouldRetry(0, { data: { httpStatus: 503 } })).toBe(true);
    expect(shouldRetry(2, new Error('fetch failed'))).toBe(true);
    expect(shouldRetry(3, new Error('fetch failed'))).toBe(false);
  });
});
