import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readPageMetadata } from './page-metadata';

export type CleanedHtml = {
  title: string | null;
  byline: string | null;
  text: string;
  publishedAt: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
};

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre,td';

/** The readable text of a document fragment, one block element per paragraph. */
function blocksToText(html: string): string {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = blocks.length > 0 ? blocks.map((el) => el.textContent ?? '') : [document.body.textContent ?? ''];
  return parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Article text from a web page with Mozilla Readability (Firefox Reader View): page
 * chrome, navigation and scripts are dropped; paragraphs become blank-line separated.
 * Headline, date, byline, publisher and canonical URL come from the page's own metadata
 * (JSON-LD, meta tags) first; Readability's guesses from the text only fill the gaps.
 */
export function cleanHtml(html: string, url?: string): CleanedHtml {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: url ?? 'https://localhost/', virtualConsole });
  const { document } = dom.window;
  // Before Readability, which rewrites the document.
  const metadata = readPageMetadata(document, url);
  const fallbackTitle = document.title || null;
  const parsed = new Readability(document).parse();
  const text = parsed?.content ? blocksToText(parsed.content) : blocksToText(document.body?.innerHTML ?? '');
  return {
    title: metadata.headline ?? parsed?.title ?? fallbackTitle,
    byline: metadata.byline ?? parsed?.byline ?? null,
    text,
    publishedAt: metadata.publishedAt ?? parsed?.publishedTime ?? null,
    siteName: metadata.publisher ?? parsed?.siteName ?? null,
    canonicalUrl: metadata.canonicalUrl,
  };
}

/** All readable text of a page (not only the article part), for anchoring quotes in sources. */
export function pageText(html: string): string {
  const { document } = new JSDOM(html).window;
  for (const el of document.querySelectorAll('script,style,noscript,template')) el.remove();
  return blocksToText(document.body?.innerHTML ?? '');
}
