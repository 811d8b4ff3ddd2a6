import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./globals.css', import.meta.url), 'utf8');

type Declaration = { selector: string; property: string; value: string };

/** Every declaration with the selector of its rule (the innermost braces; @media wrappers drop out). */
function declarations(source: string): Declaration[] {
  const found: Declaration[] = [];
  for (const [, selector = '', body = ''] of source.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    for (const part of body.split(';')) {
      const colon = part.indexOf(':');
      if (colon < 0) continue;
      found.push({ selector: selector.trim(), property: part.slice(0, colon).trim(), value: part.slice(colon + 1).trim() });
    }
  }
  return found;
}

/** Lengths in rem or px and hex colours: the values that belong in the tokens. */
const RAW = /(?<![\w-])-?\d*\.?\d+(?:rem|px)\b|#[0-9a-f]{3,8}\b/gi;

/** The raw values of declarations other than the token definitions (`--name: …` in `:root`). */
function rawValues(source: string): string[] {
  return declarations(source)
    .filter((d) => !(d.selector === ':root' && d.property.startsWith('--')))
    .flatMap((d) => (d.value.match(RAW) ?? []).map((raw) => `${d.selector} { ${d.property}: ${d.value} } uses ${raw}`));
}

describe('globals.css', () => {
  it('takes every size, space and colour from the tokens in :root', () => {
    expect(rawValues(css)).toEqual([]);
  });

  it('defines every token it uses', () => {
    const defined = new Set(declarations(css).map((d) => d.property));
    const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]);
    expect(used.filter((name) => !defined.has(name ?? ''))).toEqual([]);
  });
});

describe('rawValues', () => {
  it('finds raw lengths and colours outside the token definitions, and nothing in them or in media queries', () => {
    const sample = `:root { --space: 0.5rem; --fg: #1f2328; font-size: 16px; }
@media (max-width: 600px) { .a { padding: var(--space); margin: 0.35rem 1em; } }
.b { color: #fff; border: 1px solid var(--fg); width: 2.2em; }`;
    expect(rawValues(sample)).toEqual([
      ':root { font-size: 16px } uses 16px',
      '.a { margin: 0.35rem 1em } uses 0.35rem',
      '.b { color: #fff } uses #fff',
      '.b { border: 1px solid var(--fg) } uses 1px',
    ]);
  });
});
