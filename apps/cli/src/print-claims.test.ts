import { extractClaims } from '@claimledger/claim-extraction';
import { describe, expect, it } from 'vitest';
import { formatClaimTable } from './print-claims';

describe('the claim table', () => {
  it('shows a single value, and a range claim by its bounds', () => {
    const claims = extractClaims('Between 30 and 40 percent of voters stayed home. The city hired 1,200 new teachers in 2023.', {
      publishedAt: new Date('2024-01-10T00:00:00Z'),
    });
    const lines = formatClaimTable(claims).split('\n');
    expect(lines.find((l) => l.includes('percent'))).toContain('0.3..0.4');
    expect(lines.find((l) => l.includes('teachers'))).toMatch(/ 1200 /);
  });
});
