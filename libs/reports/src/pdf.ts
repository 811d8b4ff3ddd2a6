import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { TReportClaim } from '@claimledger/contracts';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { day, reviewUrl, type ReportOptions } from './report-options';

/** Debian's DejaVu covers far more scripts than the built-in Helvetica; used when installed. */
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const HAS_DEJAVU = existsSync(`${DEJAVU}/DejaVuSans.ttf`);

type FontSource = PDFKit.Mixins.PDFFontSource;
type Fonts = { regular: FontSource; bold: FontSource; italic: FontSource };
let dejavu: Fonts | undefined;

/**
 * The report's fonts. DejaVu is parsed once per process and the parsed fonts (which pdfkit takes
 * as they are) serve every document: parsing them for each one took 15–30 ms before the first
 * byte and as much again to embed them.
 */
function reportFonts(): Fonts {
  if (!HAS_DEJAVU) return { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
  const parsed = (file: string) => fontkit.openSync(`${DEJAVU}/${file}`) as unknown as FontSource;
  dejavu ??= { regular: parsed('DejaVuSans.ttf'), bold: parsed('DejaVuSans-Bold.ttf'), italic: parsed('DejaVuSans-Oblique.ttf') };
  return dejavu;
}

const MUTED = '#59636e';
const MAX_BUFFERED = 4 * 1024 * 1024;

type Doc = InstanceType<typeof PDFDocument>;

function header(doc: Doc, options: ReportOptions, fonts: Fonts) {
  doc.font(fonts.bold).fontSize(20).fillColor('black').text(options.title);
  doc
    .font(fonts.regular)
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${options.organisation.name} · ${options.organisation.url} · generated ${day(options.generatedAt)}`);
  doc.moveDown();
}

function article(doc: Doc, a: TReportClaim['article'], fonts: Fonts) {
  doc.moveDown(0.5).font(fonts.bold).fontSize(14).fillColor('black').text(a.title);
  const meta = [a.publisher, day(a.publishedAt), a.url].filter(Boolean).join(' · ');
  if (meta)
    doc
      .font(fonts.regular)
      .fontSize(9)
      .fillColor(MUTED)
      .text(meta, a.url ? { link: a.url } : {});
  doc.moveDown(0.5);
}

function claimBlock(doc: Doc, claim: TReportClaim, options: ReportOptions, fonts: Fonts) {
  doc.font(fonts.bold).fontSize(11).fillColor('black').text(`“${claim.text}”`);
  if (claim.speaker) doc.font(fonts.italic).fontSize(9).fillColor(MUTED).text(`Said by ${claim.speaker}`);
  const verdict = claim.verdict;
  doc
    .font(fonts.bold)
    .fontSize(10)
    .fillColor(verdict?.colour ?? MUTED)
    .text(verdict ? `Verdict: ${verdict.name}` : `Not yet reviewed (${claim.state.replace('_', ' ')})`);
  if (claim.review) {
    doc.font(fonts.regular).fontSize(10).fillColor('black').text(claim.review.rationale, { align: 'left' });
    const approval = claim.review.approver ? `, approved by ${claim.review.approver} on ${day(claim.review.decidedAt)}` : '';
    doc.font(fonts.italic).fontSize(9).fillColor(MUTED).text(`Reviewed by ${claim.review.reviewer}${approval}`);
  }
  for (const c of claim.citations) {
    const archived = c.archivedAt ? `archived ${day(c.archivedAt)}` : 'not archived';
    doc.font(fonts.regular).fontSize(9).fillColor('black').text(`${c.stance}: “${c.quote}”`, { indent: 12 });
    doc.fillColor('#0b5cad').text(`${c.title ?? c.sourceUrl} — ${c.sourceUrl} (accessed ${day(c.accessedAt)}, ${archived})`, {
      indent: 12,
      link: c.sourceUrl,
    });
  }
  if (claim.state === 'approved')
    doc
      .fillColor(MUTED)
      .fontSize(8)
      .text(reviewUrl(options, claim.id), { link: reviewUrl(options, claim.id) });
  doc.moveDown(0.8);
}

/**
 * A newsroom report as PDF (pdfkit): title, each article, each claim with verdict, rationale,
 * sources (quote, link, archive date), reviewer and approver. Written as the claims arrive;
 * waits for the reader when more than a few MiB are buffered, so memory stays flat.
 */
export function renderPdf(claims: AsyncIterable<TReportClaim>, options: ReportOptions): Readable {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: options.title, Author: options.organisation.name },
    bufferPages: false,
  });
  const chosen = reportFonts();
  void (async () => {
    header(doc, options, chosen);
    let articleId: string | null = null;
    let count = 0;
    for await (const claim of claims) {
      if (claim.article.id !== articleId) {
        articleId = claim.article.id;
        article(doc, claim.article, chosen);
      }
      claimBlock(doc, claim, options, chosen);
      count++;
      while (doc.readableLength > MAX_BUFFERED) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (count === 0) doc.font(chosen.regular).fontSize(11).fillColor(MUTED).text('No claims match this report.');
    doc.end();
  })().catch((error: unknown) => doc.destroy(error instanceof Error ? error : new Error(String(error))));
  return doc;
}
