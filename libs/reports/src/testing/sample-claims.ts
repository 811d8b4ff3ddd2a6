import type { TReportClaim } from '@claimledger/contracts';
import type { ReportOptions } from '../report-options';

export const OPTIONS: ReportOptions = {
  organisation: { name: 'Harbour Fact Desk', url: 'https://factdesk.example.org' },
  publicUrl: 'https://claims.factdesk.example.org',
  title: 'Verification report',
  generatedAt: new Date('2026-11-26T09:00:00Z'),
};

/** A published claim with a verdict, a rationale and an archived source. */
export function publishedClaim(overrides: Partial<TReportClaim> = {}): TReportClaim {
  return {
    id: 'claim1',
    text: 'The city bought 40 electric buses in 2023',
    sentence: 'The city bought 40 electric buses in 2023, the mayor said.',
    kinds: ['count', 'temporal'],
    value: 40,
    unit: null,
    speaker: 'Mayor Ann Lee',
    timeStart: '2023-01-01',
    timeEnd: '2023-12-31',
    state: 'approved',
    checkworthiness: 0.91,
    article: {
      id: 'article1',
      title: 'City goes electric',
      url: 'https://news.example.com/buses',
      publisher: 'Harbour Times',
      publishedAt: new Date('2024-02-01T00:00:00Z'),
    },
    verdict: { name: 'Mostly true', slug: 'mostly-true', rating: 5, colour: '#4d9e3a', bestRating: 6, worstRating: 1 },
    review: {
      rationale: 'The fleet report lists 38 delivered and 2 on order.',
      reviewer: 'rita@factdesk.example.org',
      approver: 'eddie@factdesk.example.org',
      decidedAt: new Date('2024-02-03T10:00:00Z'),
    },
    citations: [
      {
        id: 'citation1',
        sourceUrl: 'https://transport.example.gov/fleet-2023',
        title: 'Fleet report 2023',
        publisher: 'Transport office',
        stance: 'supports',
        quote: 'In 2023 the city took delivery of 38 electric buses',
        accessedAt: new Date('2024-02-02T00:00:00Z'),
        archivedAt: new Date('2024-02-02T00:00:05Z'),
        archiveHash: 'ab'.repeat(32),
      },
    ],
    ...overrides,
  };
}

export async function* each<T>(items: T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}
