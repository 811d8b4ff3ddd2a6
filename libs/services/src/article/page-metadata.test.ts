import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from './clean-html';
import { readPageMetadata } from './page-metadata';

const read = (head: string, url = 'https://news.example/a/1') =>
  readPageMetadata(new JSDOM(`<html><head>${head}</head><body></body></html>`).window.document, url);

describe('readPageMetadata', () => {
  it('reads a NewsArticle inside a JSON-LD @graph, with authors and publisher by reference', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'The Daily Example' },
        { '@type': 'Person', '@id': '#p1', name: 'Ana Ruiz' },
        {
          '@type': ['ReportageNewsArticle'],
          headline: 'Port handles record 4.2 million containers',
          datePublished: '2025-01-10T08:00:00+01:00',
          author: [{ '@id': '#p1' }, { '@type': 'Person', name: 'Ben Ode' }],
          publisher: { '@id': '#org' },
          mainEntityOfPage: { '@id': 'https://news.example/port-record' },
        },
      ],
    };
    expect(read(`<script type="application/ld+json">${JSON.stringify(ld)}</script><title>PORT | Daily</title>`)).toEqual({
      headline: 'Port handles record 4.2 million containers',
      publishedAt: '2025-01-10T07:00:00.000Z',
      byline: 'Ana Ruiz, Ben Ode',
      publisher: 'The Daily Example',
      canonicalUrl: 'https://news.example/port-record',
    });
  });

  it('finds the article in a top-level JSON-LD array and skips broken blocks', () => {
    const ld = [
      { '@type': 'WebSite', name: 'Site' },
      { '@type': 'Article', headline: 'From the array', datePublished: '2016-10-21' },
    ];
    const meta = read(
      `<script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    );
    expect(meta.headline).toBe('From the array');
    expect(meta.publishedAt).toBe('2016-10-21T00:00:00.000Z');
  });

  it('falls back to OpenGraph, citation_*, parsely-* and Dublin Core tags, and link rel=canonical', () => {
    expect(
      read(`
        <meta property="og:title" content="OG headline"><meta property="article:published_time" content="2024-03-01T10:00:00Z">
        <meta property="og:site_name" content="OG Site"><meta name="author" content="Casey Writer">
        <link rel="canonical" href="/canonical/path">`),
    ).toEqual({
      headline: 'OG headline',
      publishedAt: '2024-03-01T10:00:00.000Z',
      byline: 'Casey Writer',
      publisher: 'OG Site',
      canonicalUrl: 'https://news.example/canonical/path',
    });
    const scholarly = read(`
      <meta name="citation_title" content="A Paper"><meta name="citation_author" content="Doe, J.">
      <meta name="citation_author" content="Roe, R."><meta name="citation_publication_date" content="2020/05/04">`);
    expect(scholarly).toMatchObject({ headline: 'A Paper', byline: 'Doe, J., Roe, R.' });
    expect(scholarly.publishedAt?.slice(0, 7)).toBe('2020-05');
    expect(
      read(`<meta name="parsely-title" content="Parsely T"><meta name="parsely-pub-date" content="2022-02-02T00:00:00Z">`),
    ).toMatchObject({
      headline: 'Parsely T',
      publishedAt: '2022-02-02T00:00:00.000Z',
    });
    expect(
      read(
        `<meta name="DC.title" content="DC T"><meta name="DC.creator" content="Dee Cee"><meta name="DC.publisher" content="DC Pub">`,
      ),
    ).toMatchObject({
      headline: 'DC T',
      byline: 'Dee Cee',
      publisher: 'DC Pub',
    });
  });

  it('drops dates that do not parse and canonical URLs that are not http(s)', () => {
    expect(
      read(`<meta property="article:published_time" content="yesterday-ish"><link rel="canonical" href="javascript:alert(1)">`),
    ).toMatchObject({
      publishedAt: null,
      canonicalUrl: null,
    });
  });
});

describe('cleanHtml', () => {
  it('takes the headline from metadata, not the kicker line above the title', () => {
    const html = `<html><head><title>Kicker | Site</title>
      <meta property="og:title" content="Real headline of the story"></head>
      <body><article><p class="kicker">25th anniversary of restored diplomatic relations</p>
      <h1>Real headline of the story</h1>
      <p>The two leaders spoke for the sixth time this year, the office said in a statement on Friday.</p>
      <p>They agreed to meet again in the spring, according to officials who spoke after the call.</p></article></body></html>`;
    const cleaned = cleanHtml(html, 'https://news.example/x');
    expect(cleaned.title).toBe('Real headline of the story');
    expect(cleaned.text).toContain('sixth time this year');
  });
});
