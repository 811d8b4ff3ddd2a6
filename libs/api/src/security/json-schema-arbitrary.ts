import fc from 'fast-check';

/**
 * fast-check arbitraries from a procedure's input schema, as `z.toJSONSchema` writes it
 * (zod-fast-check supports only zod 3). Values mostly follow the schema, so calls reach the
 * services, and often break it on purpose: hostile strings, far dates, wrong types, extra keys.
 */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  format?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  default?: unknown;
};

export type ArbitraryOptions = {
  /** Length of the "huge" hostile string (GET inputs travel in the URL, so they get less). */
  hugeLength: number;
  /** Ids that exist, for fields shaped like ids, so calls get past "not found". */
  knownIds: string[];
};

const LONE_SURROGATES = ['\uD800', 'a\uDC00b', '\uDBFF\uDBFF'];

/** Strings that broke, or could break, something: NUL, controls, RTL, lone surrogates, markup, SQL, paths. */
export function hostileStrings(hugeLength: number): string[] {
  return [
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    `${'x'.repeat(Math.min(hugeLength, 65_537))}\u0000`,
    'x'.repeat(hugeLength),
    '\u0007\u001b[31mred\u001b[0m',
    '\r\n\t',
    '\u202Eevil.exe\u202C',
    'مرحبا بالعالم ١٢٣',
    'שלום 42%',
    ...LONE_SURROGATES,
    '👩‍👩‍👧‍👦🏳️‍🌈',
    'e\u0301\u0301\u0301',
    '\u200B\u200C\u200D\uFEFF',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(3)>',
    '\'; DROP TABLE "Claim"; --',
    '=HYPERLINK("http://evil.example","x")',
    '../../../../etc/passwd',
    '%00%ff%2e%2e',
    '${jndi:ldap://x}',
    '{{7*7}}',
    '1e309',
    '-0',
    'NaN',
    'null',
    '__proto__',
  ];
}

/** Dates that broke pages: past year 9999, the JS limit, negative years, invalid ones. */
export const FAR_DATES: unknown[] = [
  '10000-01-01',
  '+275760-09-13',
  '+275760-09-14',
  '-000001-01-01',
  '0000-01-01',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '2016-02-30',
  'yesterday',
  '',
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date('0001-01-01T00:00:00Z'),
  new Date(Date.now() + 86_400_000 * 400),
  new Date(Number.NaN),
  -1,
  1e20,
];

/** Days at and past the edges of what PostgreSQL, ISO 8601 and Date hold: for `format: date` strings. */
export const BOUNDARY_DAYS = [
  '0000-01-01',
  '0001-01-01',
  '0999-12-31',
  '1000-01-01',
  '9999-12-31',
  '10000-01-01',
  '-000001-01-01',
  '+275760-09-13',
  '+275760-09-14',
];

/** The same edges as `format: date-time` strings (and the days alone, which Date also parses). */
const BOUNDARY_TIMES = [...BOUNDARY_DAYS.map((d) => `${d}T00:00:00Z`), '9999-12-31T23:59:59.999Z', ...BOUNDARY_DAYS];

const HOSTILE_URLS = [
  'http://127.0.0.1/x',
  'http://[::7f00:1]/',
  'http://169.254.169.254/latest/meta-data/',
  'http://10.0.0.1/',
  'http://0x7f000001/',
  'ftp://127.0.0.1/x',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://exa\u0000mple.org/',
  'https://example.org/a"><img src=x onerror=alert(3)>',
  'http://user:pass@127.0.0.1:1/',
];

const anyValue = (o: ArbitraryOptions) =>
  fc.oneof(fc.constantFrom(...FAR_DATES), fc.constantFrom(...hostileStrings(o.hugeLength)), fc.jsonValue({ maxDepth: 2 }));

function stringArbitrary(s: JsonSchema, o: ArbitraryOptions): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 200, 200);
  const valid: Array<fc.Arbitrary<string>> = [];
  if (s.format === 'uri') valid.push(fc.webUrl(), fc.constantFrom(...HOSTILE_URLS));
  else if (s.format === 'email') valid.push(fc.emailAddress());
  else if (s.pattern === '^[a-z0-9]+$') {
    valid.push(fc.stringMatching(/^[a-z0-9]{1,30}$/));
    if (o.knownIds.length > 0) valid.push(fc.constantFrom(...o.knownIds));
  } else if (s.pattern) valid.push(fc.stringMatching(new RegExp(s.pattern)));
  else valid.push(fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'binary' }), fc.lorem({ maxCount: 30 }));
  const boundary = s.format === 'date' ? BOUNDARY_DAYS : s.format === 'date-time' ? BOUNDARY_TIMES : null;
  return fc.oneof(
    { arbitrary: fc.oneof(...valid), weight: 3 },
    { arbitrary: fc.constantFrom(...hostileStrings(o.hugeLength)), weight: 2 },
    // A date field gets its edges often: a pattern alone almost never makes year 0 or 9999.
    ...(boundary ? [{ arbitrary: fc.constantFrom(...boundary), weight: 3 }] : []),
  );
}

function numberArbitrary(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : -1_000_000);
  const high = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : 1_000_000);
  const inRange = integer
    ? fc.integer({ min: Math.max(low, -(2 ** 31)), max: Math.min(high, 2 ** 31 - 1) })
    : fc.double({ min: low, max: high, noNaN: true });
  return fc.oneof(
    { arbitrary: inRange, weight: 3 },
    { arbitrary: fc.constantFrom(-1, 0, 0.5, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2), weight: 1 },
  );
}

/** An arbitrary for one schema node. */
export function arbitraryFromSchema(schema: JsonSchema, o: ArbitraryOptions, root: JsonSchema = schema): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    return target ? fc.constant(null).chain(() => arbitraryFromSchema(target, o, root)) : anyValue(o);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum)
    return fc.oneof(
      { arbitrary: fc.constantFrom(...schema.enum), weight: 5 },
      { arbitrary: fc.constant('not-an-option'), weight: 1 },
    );
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map((s) => arbitraryFromSchema(s, o, root)));
  if (schema.allOf?.[0]) return arbitraryFromSchema(schema.allOf[0], o, root);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema, o);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const item = schema.items ? arbitraryFromSchema(schema.items, o, root) : anyValue(o);
      return fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    }
    case 'object': {
      const props = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, value] of Object.entries(props)) model[key] = arbitraryFromSchema(value, o, root);
      const record = fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
      // Now and then: a required key missing, a key of the wrong type, or an unknown key.
      return fc.oneof(
        { arbitrary: record, weight: 6 },
        { arbitrary: fc.record(model, { requiredKeys: [] }), weight: 1 },
        {
          arbitrary: fc
            .tuple(record, fc.constantFrom(...Object.keys(props), 'unexpected', '__proto__'), anyValue(o))
            .map(([r, key, value]) => ({ ...r, [key]: value })),
          weight: 1,
        },
      );
    }
    default:
      // No type: what zod could not describe (dates, custom checks) or `unknown`.
      return anyValue(o);
  }
}
