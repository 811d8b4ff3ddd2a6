import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from './render-report';
import { OPTIONS, each, publishedClaim } from './testing/sample-claims';

const dir = mkdtempSync(path.join(tmpdir(), 'claimledger-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders every page to PNG with poppler's pdftoppm and returns the files. */
function renderPages(pdf: Buffer): string[] {
  const file = path.join(dir, `report-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '50', file, file.replace(/\.pdf$/, '')]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(file, '.pdf')) && f.endsWith('.png'))
    .map((f) => path.join(dir, f));
}

// poppler-utils draws and reads the PDFs; .ci/run installs it, so CI never skips these.
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;
const skipReason = 'skipped: pdftoppm/pdftotext not installed (apt-get install -y poppler-utils)';
if (!hasPoppler) console.warn(`PDF report tests ${skipReason}`);

describe.skipIf(!hasPoppler && !process.env['CI'])(hasPoppler ? 'PDF report' : `PDF report — ${skipReason}`, () => {
  it('renders pages that poppler can draw, with the report text in them', async () => {
    const claims = Array.from({ length: 40 }, (_, i) =>
      publishedClaim({ id: `claim${i}`, text: `Claim number ${i}: the city bought ${i} buses` }),
    );
    const pdf = await buffer(renderReport('pdf', each(claims), OPTIONS));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = renderPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(readFileSync(page).subarray(1, 4).toString()).toBe('PNG');
    const words = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString().replace(/\s+/g, ' ');
    expect(words).toContain('Verification report');
    expect(words).toContain('City goes electric');
    expect(words).toContain('Verdict: Mostly true');
    expect(words).toContain('Reviewed by rita@factdesk.example.org, approved by eddie@factdesk.example.org on 2024-02-03');
    expect(words).toContain('archived 2024-02-02');
    expect(words).toContain('Claim number 39');
  });

  it('renders documents made at the same time, which share the parsed fonts, each with its own glyphs', async () => {
    const report = (word: string) =>
      buffer(
        renderReport(
          'pdf',
          each(Array.from({ length: 12 }, (_, i) => publishedClaim({ id: `${word}${i}`, text: `${word} ${i} Ωmega ärger` }))),
          OPTIONS,
        ),
      );
    const [first, second] = await Promise.all([report('Zebrafish'), report('Quokka')]);
    const text = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text(first)).toContain('Zebrafish 11 Ωmega ärger');
    expect(text(first)).not.toContain('Quokka');
    expect(text(second)).toContain('Quokka 11 Ωmega ärger');
  });

  it('says so when no claim matches', async () => {
    const pdf = await buffer(renderReport('pdf', each([]), OPTIONS));
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString()).toContain('No claims match this report.');
  });
});
