export type PageMetadata = {
  headline: string | null;
  publishedAt: string | null;
  byline: string | null;
  publisher: string | null;
  canonicalUrl: string | null;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle)$/;

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in a JSON-LD block: top level, arrays and `@graph`s, recursively. */
function flattenLd(value: Json | undefined, into: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) for (const item of value) flattenLd(item, into);
  else if (isObject(value)) {
    into.push(value);
    flattenLd(value['@graph'], into);
  }
  return into;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** A name from a JSON-LD value: a string, `{name}`, or a list of those. */
function nameOf(value: Json | undefined, byId: Map<string, JsonObject>): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map((v) => nameOf(v, byId)).filter((n): n is string => Boolean(n));
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (isObject(value)) {
    const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
    const name = value.name ?? ref?.name;
    return typeof name === 'string' ? clean(name) : null;
  }
  return null;
}

const text = (value: Json | undefined) => (typeof value === 'string' ? clean(value) : null);

function urlOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return clean(value);
  if (isObject(value) && typeof value['@id'] === 'string') return clean(value['@id']);
  return null;
}

function fromJsonLd(document: Document): Partial<PageMetadata> {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      flattenLd(JSON.parse(script.textContent ?? '') as Json, nodes);
    } catch {
      // A broken block says nothing; the other sources still count.
    }
  }
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return {};
  return {
    headline: text(article.headline) ?? text(article.name),
    publishedAt: text(article.datePublished) ?? text(article.dateCreated),
    byline: nameOf(article.author, byId) ?? nameOf(article.creator, byId),
    publisher: nameOf(article.publisher, byId) ?? nameOf(article.sourceOrganization, byId),
    canonicalUrl: text(article.url) ?? urlOf(article.mainEntityOfPage),
  };
}

/** Meta tag contents by lower-cased name / property / itemprop, in document order. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta')) {
    const value = clean(el.getAttribute('content'));
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key) tags.set(key, [...(tags.get(key) ?? []), value]);
    }
  }
  return tags;
}

function fromMeta(document: Document): Partial<PageMetadata> {
  const tags = metaTags(document);
  const first = (...names: string[]) => names.map((n) => tags.get(n)?.[0]).find(Boolean) ?? null;
  const authors = tags.get('citation_author');
  return {
    headline: first('citation_title', 'parsely-title', 'og:title', 'twitter:title', 'dc.title', 'dcterms.title'),
    publishedAt: first(
      'article:published_time',
      'citation_publication_date',
      'citation_date',
      'parsely-pub-date',
      'dc.date',
      'dcterms.date',
      'dc.date.issued',
      'dcterms.issued',
      'datepublished',
      'pubdate',
      'date',
    ),
    byline: authors
      ? [...new Set(authors)].join(', ')
      : first('author', 'parsely-author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl'),
    publisher: first(
      'og:site_name',
      'citation_publisher',
      'citation_journal_title',
      'dc.publisher',
      'dcterms.publisher',
      'application-name',
    ),
    canonicalUrl: first('og:url', 'parsely-link'),
  };
}
function absolute(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** A date string that parses, as ISO 8601; anything else is dropped. */
function isoDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * What the page says about itself: headline, publication date, byline, publisher and canonical
 * URL, from JSON-LD (NewsArticle and kin, in arrays and `@graph`s) first, then the meta tags
 * (citation_*, parsely-*, OpenGraph, Dublin Core), then `<link rel=canonical>`.
 */
export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const ld = fromJsonLd(document);
  const tags = fromMeta(document);
  const link = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  return {
    headline: ld.headline ?? tags.headline ?? null,
    publishedAt: isoDate(ld.publishedAt ?? null) ?? isoDate(tags.publishedAt ?? null),
    byline: ld.byline ?? tags.byline ?? null,
    publisher: ld.publisher ?? tags.publisher ?? null,
    canonicalUrl:
      absolute(link, pageUrl) ?? absolute(ld.canonicalUrl ?? null, pageUrl) ?? absolute(tags.canonicalUrl ?? null, pageUrl),
  };
}
