export type FetchErrorKind =
  'protocol' | 'private-address' | 'dns' | 'network' | 'timeout' | 'redirects' | 'status' | 'type' | 'too-large';

/** Why a guarded fetch failed: `kind` for callers that word their own message, `message` for people. */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    message: string,
    readonly detail: { address?: string; status?: number; statusText?: string; contentType?: string; limit?: number } = {},
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export const sizeLabel = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
