import type { TReportClaim } from '@claimledger/contracts';
import { day, reviewUrl, type ReportOptions } from './report-options';

/** Keeps text from starting Markdown structure (headings, lists, links, HTML) by escaping it. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\n+/g, ' ');
}

export function markdownHeader(options: ReportOptions): string {
  return `# ${escapeMarkdown(options.title)}\n\n${escapeMarkdown(options.organisation.name)} · generated ${day(options.generatedAt)}\n`;
}

export function markdownArticle(article: TReportClaim['article']): string {
  const meta = [article.publisher, day(article.publishedAt)].filter(Boolean).map((m) => escapeMarkdown(String(m)));
  const link = article.url ? ` · <${article.url}>` : '';
  return `\n## ${escapeMarkdown(article.title)}\n\n${meta.join(' · ')}${link}\n`;
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
  if (claim.state === 'approved') lines.push(`- **Published review:** <${reviewUrl(options, claim.id)}>`);
  if (claim.citations.length > 0) {
    lines.push('- **Sources:**');
    for (const c of claim.citations) {
      const archived = c.archivedAt ? `archived ${day(c.archivedAt)}, sha256 ${c.archiveHash?.slice(0, 16)}` : 'not archived';
      lines.push(
        `  - ${c.stance}: [${escapeMarkdown(c.title ?? c.sourceUrl)}](<${c.sourceUrl}>) — “${escapeMarkdown(c.quote)}” (accessed ${day(c.accessedAt)}; ${archived})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
