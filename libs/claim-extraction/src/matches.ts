/**
 * Every match of a global pattern in a text, from its start: what `[...text.matchAll(pattern)]` gives,
 * without the copy of the pattern and the iterator that matchAll makes on every call (hot loops).
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match: step on, by a code point under the u or v flag, as matchAll does.
    if (m[0] === '') pattern.lastIndex += /[uv]/.test(pattern.flags) && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
