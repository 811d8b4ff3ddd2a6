import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown';
import { renderReport } from './render-report';
import { OPTIONS, each, publishedClaim } from './testing/sample-claims';

describe('Markdown report', () => {
  it('groups claims under their article with verdict, rationale, sources and people', async () => {
    const md = await text(
      renderReport('markdown', each([publishedClaim(), publishedClaim({ id: 'claim2', text: 'Ridership doubled' })]), OPTIONS),
    );
    expect(md).toContain('# Verification report');
    expect(md.match(/^## City goes electric$/gm)).toHaveLength(1);
    expect(md).toContain('### The city bought 40 electric buses in 2023');
    expect(md).toContain('- **Verdict:** Mostly true (approved)');
    expect(md).toContain('- **Rationale:** The fleet report lists 38 delivered and 2 on order.');
    expect(md).toContain('- **Reviewed by** rita@factdesk.example.org; approved by eddie@factdesk.example.org on 2024-02-03');
    expect(md).toContain(
      'supports: [Fleet report 2023](<https://transport.example.gov/fleet-2023>) — “In 2023 the city took delivery of 38 electric buses” (accessed 2024-02-02; archived 2024-02-02, sha256 abababababababab)',
    );
    expect(md).toContain('<https://claims.factdesk.example.org/published/claim1>');
  });

  it('escapes text so a claim cannot inject Markdown or HTML', () => {
    expect(escapeMarkdown('# <script>alert(1)</script> [x](y)')).toBe('\\# \\<script\\>alert(1)\\</script\\> \\[x\\](y)');
  });
});
