import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type SourceEntry = { key: string; url: string; title: string | null; publishedAt: Date | null };

export type ParsedSource =
  | { kind: 'feed'; title: string | null; entries: SourceEntry[] }
  | { kind: 'sitemap'; title: null; entries: SourceEntry[] }
  | { kind: 'sitemap-index'; title: null; sitemaps: { url: string; lastModified: Date | null }[] };

/** Why a document is not a feed or sitemap; the message is what the source's health shows. */
export class SourceFormatError extends Error {
  override name = 'SourceFormatError';
}

const sitemapParser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.filter(isNode) : []);

function dateOf(value: unknown): Date | null {
  const text = str(value);
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function httpUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The name of the document's root element, after the XML declaration, comments and doctype. */
function rootName(xml: string): string | null {
  const match = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![A-Z][^>]*>/g, ''));
  return match?.[1]?.toLowerCase() ?? null;
}

function parseSitemap(xml: string, base: string): ParsedSource {
  const doc = sitemapParser.parse(xml) as Node;
  if (isNode(doc.sitemapindex)) {
    const sitemaps = list(doc.sitemapindex.sitemap).flatMap((s) => {
      const url = httpUrl(str(s.loc), base);
      return url ? [{ url, lastModified: dateOf(s.lastmod) }] : [];
    });
    return { kind: 'sitemap-index', title: null, sitemaps };
  }
  const urlset = isNode(doc.urlset) ? doc.urlset : {};
  const entries = list(urlset.url).flatMap((u) => {
    const url = httpUrl(str(u.loc), base);
    if (!url) return [];
    // Google News sitemaps: <news:news><news:title/><news:publication_date/></news:news>
    const news = isNode(u.news) ? u.news : {};
    return [{ key: url, url, title: str(news.title), publishedAt: dateOf(news.publication_date) ?? dateOf(u.lastmod) }];
  });
  return { kind: 'sitemap', title: null, entries };
}

function parseRssOrAtom(xml: string, base: string): ParsedSource {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new SourceFormatError(`not a readable RSS or Atom feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const entries = feed.items.flatMap((item) => {
    const url = httpUrl(item.url, base);
    if (!url) return [];
    return [{ key: item.id ?? url, url, title: item.title, publishedAt: item.published ?? item.updated }];
  });
  return { kind: 'feed', title: feed.title, entries };
}

/**
 * Reads an RSS/Atom feed (with @rowanmanning/feed-parser), a sitemap (Google News `news:` tags
 * included) or a sitemap index. Anything else, or broken XML, is a `SourceFormatError`.
 */
export function parseSource(xml: string, baseUrl: string): ParsedSource {
  const text = xml.replace(/^\uFEFF/, '').trim();
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new SourceFormatError(`not valid XML: ${valid.err.msg} (line ${valid.err.line})`);
  const root = rootName(text);
  if (root === 'urlset' || root === 'sitemapindex' || root?.endsWith(':urlset') || root?.endsWith(':sitemapindex')) {
    return parseSitemap(text, baseUrl);
  }
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root?.endsWith(':feed')) return parseRssOrAtom(text, baseUrl);
  throw new SourceFormatError(`not an RSS/Atom feed or sitemap (the document is <${root ?? '?'}>)`);
}
