import type { TReportClaim } from '@claimledger/contracts';
import { day, reviewUrl, type ReportOptions } from './report-options';

/**
 * Escapes text for inline Markdown: the characters that start emphasis, code, links, HTML,
 * tables or strikethrough anywhere, and those that start a block (heading, list, quote,
 * numbered list) only at the start. Dates and e-mail addresses stay readable (2016-10-21,
 * reviewer@example.org), and `&` is escaped so no entity is decoded.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Every line ending CommonMark knows (LF, CR alone, CRLF) folds: a new line could open a block.
      .replace(/\s*[\r\n]\s*/g, ' ')
      .replace(/([\\`*_[\]<>|~&])/g, '\\$1')
      .replace(/^(\s*)([#+\-=>])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

/**
 * An http(s) URL for an angle-bracket link destination: parsed and serialised by the WHATWG URL
 * parser (which percent-encodes spaces, quotes and angle brackets), with anything still unsafe
 * inside <…> encoded as well. Anything else is not linked.
 */
export function markdownUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href.replace(/[<>\s\\"'`]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const link = (url: string) => {
  const safe = markdownUrl(url);
  return safe ? `<${safe}>` : escapeMarkdown(url);
};

export function markdownHeader(options: ReportOptions): string {
  return `# ${escapeMarkdown(options.title)}\n\n${escapeMarkdown(options.organisation.name)} · generated ${day(options.generatedAt)}\n`;
}

export function markdownArticle(article: TReportClaim['article']): string {
  const meta = [article.publisher, day(article.publishedAt)].filter(Boolean).map((m) => escapeMarkdown(String(m)));
  const url = article.url ? ` · ${link(article.url)}` : '';
  return `\n## ${escapeMarkdown(article.title)}\n\n${meta.join(' · ')}${url}\n`;
}

/** One claim: its verdict, rationale, sources with quotes and archive dates, reviewer and approver. */
export function markdownClaim(claim: TReportClaim, options: ReportOptions): string {
  const lines = [`\n### ${escapeMarkdown(claim.text)}\n`];
  if (claim.speaker) lines.push(`- **Speaker:** ${escapeMarkdown(claim.speaker)}`);
  lines.push(
    `- **Verdict:** ${claim.verdict ? escapeMarkdown(claim.verdict.name) : 'not yet reviewed'} (${claim.state.replace('_', ' ')})`,
  );
  if (claim.review) {
    lines.push(`- **Rationale:** ${escapeMarkdown(claim.review.rationale)}`);
    const approval = claim.review.approver
      ? `; approved by ${escapeMarkdown(claim.review.approver)} on ${day(claim.review.decidedAt)}`
      : '';
    lines.push(`- **Reviewed by** ${escapeMarkdown(claim.review.reviewer)}${approval}`);
  }
  if (claim.state === 'approved') lines.push(`- **Published review:** ${link(reviewUrl(options, claim.id))}`);
  if (claim.citations.length > 0) {
    lines.push('- **Sources:**');
    for (const c of claim.citations) {
      const archived = c.archivedAt ? `archived ${day(c.archivedAt)}, sha256 ${c.archiveHash?.slice(0, 16)}` : 'not archived';
      const href = markdownUrl(c.sourceUrl);
      const label = escapeMarkdown(c.title ?? c.sourceUrl);
      lines.push(
        `  - ${c.stance}: ${href ? `[${label}](<${href}>)` : label} — “${escapeMarkdown(c.quote)}” (accessed ${day(c.accessedAt)}; ${archived})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
