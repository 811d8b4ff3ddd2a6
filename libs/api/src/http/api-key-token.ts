/** The API key of a request: `Authorization: Bearer clk_…` (or `X-API-Key`). */
export function apiKeyToken(req: Request): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  return bearer ?? req.headers.get('x-api-key');
}
