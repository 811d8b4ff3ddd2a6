/**
 * NUL, other C0/C1 control characters (tab, line feed, carriage return and form feed are
 * allowed) and lone UTF-16 surrogates: PostgreSQL refuses NUL in text (SQLSTATE 22021), and
 * none of these belong in a title, comment, quote, unit or article.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const MAX_DEPTH = 32;

export type UnsafeText = { path: string; message: string };

const describe = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first string (or key) in `value` holding a character no text input may carry, or null. */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): UnsafeText | null {
  const at = () => path.join('.') || 'input';
  if (typeof value === 'string') {
    const match = UNSAFE.exec(value);
    return match
      ? {
          path: at(),
          message: `${at()}: contains a control character or broken Unicode (${describe(match[0])} at position ${match.index}); remove it.`,
        }
      : null;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if (depth >= MAX_DEPTH) return { path: at(), message: `${at()}: the input is nested too deeply.` };
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, child] of entries) {
    if (!Array.isArray(value) && UNSAFE.test(key)) return { path: at(), message: `${at()}: a field name contains a control character.` };
    const found = findUnsafeText(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
