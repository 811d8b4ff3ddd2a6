import { describe, expect, it } from 'vitest';
import { analyseText, normaliseTweet, splitCamelCase, stemWord } from './text.ts';
import { createBm25Index } from './bm25.ts';

describe('tweet normalisation', () => {
  it('drops links and splits hashtags and handles into words', () => {
    expect(normaliseTweet('Wow #AustralianFires pic.twitter.com/abc https://t.co/xyz via @realDonaldTrump')).toBe(
      'Wow Australian Fires via real Donald Trump',
    );
    expect(splitCamelCase('DefundTheCBC')).toBe('Defund The CBC');
  });

  it('keeps content words, digits and capitalised names', () => {
    const analysed = analyseText('The FBI said 13 devices were sent. Obama was a target.');
    expect(analysed.words).toEqual(['fbi', '13', 'devices', 'sent', 'obama', 'target']);
    expect([...analysed.digits]).toEqual(['13']);
    expect(analysed.names.has('fbi')).toBe(true);
    expect(analysed.names.has('obama')).toBe(false); // sentence start: not evidence of a name
    expect(stemWord('stories')).toBe('story');
    expect(stemWord('protesters')).toBe('protester');
  });
});

describe('BM25 first stage', () => {
  it('finds claims by their text or their title, best first', () => {
    const index = createBm25Index([
      {
        id: '1',
        text: 'Kellogg’s corn flakes were invented to curb appetites.',
        title: 'Were Corn Flakes Created as an Anti-Masturbatory Meal?',
      },
      { id: '2', text: 'A photograph shows a shark on a flooded highway.', title: 'Hurricane Shark' },
      { id: '3', text: 'The corn harvest failed in Iowa.' },
    ]);
    expect(index.search('why were cornflakes invented #corn flakes', 5).map((hit) => hit.doc.id)).toEqual(['1', '3']);
    expect(index.search('hurricane shark photo', 5)[0]?.doc.id).toBe('2');
  });
});
