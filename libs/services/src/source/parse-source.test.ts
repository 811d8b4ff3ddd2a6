import { describe, expect, it } from 'vitest';
import { parseSource, SourceFormatError } from './parse-source';

const base = 'https://news.example/feed';

describe('parseSource', () => {
  it('reads RSS items with guid, link, title and date', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
      <item><title>One</title><link>https://news.example/one</link><guid>urn:one</guid><pubDate>Mon, 06 Jan 2025 10:00:00 GMT</pubDate></item>
      <item><title>Two</title><link>/two</link></item></channel></rss>`;
    const parsed = parseSource(rss, base);
    expect(parsed).toMatchObject({ kind: 'feed', title: 'Example News' });
    if (parsed.kind !== 'feed') throw new Error('not a feed');
    expect(parsed.entries[0]).toEqual({
      key: 'urn:one',
      url: 'https://news.example/one',
      title: 'One',
      publishedAt: new Date('2025-01-06T10:00:00Z'),
    });
    expect(parsed.entries[1]?.url).toBe('https://news.example/two');
  });

  it('reads Atom entries', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
      <entry><id>tag:x,2025:1</id><title>A</title><link href="https://news.example/a"/><published>2025-02-01T00:00:00Z</published></entry></feed>`;
    expect(parseSource(atom, base)).toMatchObject({
      kind: 'feed',
      entries: [{ key: 'tag:x,2025:1', url: 'https://news.example/a', title: 'A' }],
    });
  });

  it('reads Google News sitemaps and sitemap indexes', () => {
    const news = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example/n1</loc><news:news><news:publication><news:name>Ex</news:name></news:publication>
      <news:publication_date>2025-03-01T12:00:00Z</news:publication_date><news:title>News one</news:title></news:news></url>
      <url><loc>https://news.example/n2</loc><lastmod>2025-03-02</lastmod></url></urlset>`;
    expect(parseSource(news, base)).toEqual({
      kind: 'sitemap',
      title: null,
      entries: [
        {
          key: 'https://news.example/n1',
          url: 'https://news.example/n1',
          title: 'News one',
          publishedAt: new Date('2025-03-01T12:00:00Z'),
        },
        {
          key: 'https://news.example/n2',
          url: 'https://news.example/n2',
          title: null,
          publishedAt: new Date('2025-03-02T00:00:00Z'),
        },
      ],
    });
    const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example/s1.xml</loc><lastmod>2025-01-01</lastmod></sitemap></sitemapindex>`;
    expect(parseSource(index, base)).toEqual({
      kind: 'sitemap-index',
      title: null,
      sitemaps: [{ url: 'https://news.example/s1.xml', lastModified: new Date('2025-01-01T00:00:00Z') }],
    });
  });

  it('refuses broken XML and documents that are neither feeds nor sitemaps', () => {
    expect(() => parseSource('<rss><channel><item></rss', base)).toThrow(SourceFormatError);
    expect(() => parseSource('this is not xml at all {', base)).toThrow(/not valid XML|not an RSS/);
    expect(() => parseSource('<html><body>hi</body></html>', base)).toThrow(
      /not an RSS\/Atom feed or sitemap \(the document is <html>\)/,
    );
  });
});
