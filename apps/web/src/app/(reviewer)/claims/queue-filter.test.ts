import { describe, expect, it } from 'vitest';
import { filterFromParams } from './queue-filter';

describe('filterFromParams', () => {
  it('reads state, kind, assignee, article, threshold, search and page cursor from the URL', () => {
    expect(
      filterFromParams({
        state: 'in_review',
        kind: 'quantity',
        assignee: 'me',
        article: 'abc123',
        min: '0.5',
        q: 'unemployment',
        after: 'WzAuNSwiYWJjIl0',
      }),
    ).toEqual({
      states: ['in_review'],
      kind: 'quantity',
      assignee: 'me',
      articleId: 'abc123',
      minCheckworthiness: 0.5,
      q: 'unemployment',
      cursor: 'WzAuNSwiYWJjIl0',
      limit: 50,
    });
  });

  it('drops what is not valid instead of failing the page', () => {
    const filter = filterFromParams({ state: 'published!', min: '7', kind: 'count', after: 'not a cursor!' });
    expect(filter).toMatchObject({ kind: 'count', limit: 50 });
    expect(filter.states).toBeUndefined();
    expect(filter.minCheckworthiness).toBeUndefined();
    expect(filter.cursor).toBeUndefined();
  });
});
