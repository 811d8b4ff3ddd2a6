import { ZClaimFields } from '@claimledger/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arbitraryFromSchema, type JsonSchema } from './json-schema-arbitrary';

const OPTIONS = { hugeLength: 1_000, knownIds: [] };
const EDGES = ['0000-01-01', '9999-12-31', '10000-01-01', '-000001-01-01', '+275760-09-13'];

/** 2,000 values of a schema node, the same on every run. */
const sample = (schema: JsonSchema) => fc.sample(arbitraryFromSchema(schema, OPTIONS), { numRuns: 2_000, seed: 7 });

describe('arbitraryFromSchema: dates at the edges', () => {
  it('gives a `format: date` field (a claim time scope) every edge day, in more than one value of ten', () => {
    const schema = z.toJSONSchema(ZClaimFields, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const values = sample(schema.properties?.['timeStart'] ?? {});
    for (const day of EDGES) expect(values).toContain(day);
    expect(values.filter((v) => typeof v === 'string' && EDGES.includes(v)).length).toBeGreaterThan(values.length / 10);
  });

  it('gives a `format: date-time` field the same edges as times', () => {
    const values = sample(z.toJSONSchema(z.iso.datetime()) as JsonSchema);
    for (const day of EDGES) expect(values).toContain(`${day}T00:00:00Z`);
  });
});
