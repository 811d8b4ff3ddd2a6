export function applyForwardedFor(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  trustProxy: boolean,
): void;
export function parseTrustProxy(value: string | undefined): boolean;
