import { rankCandidates } from '@claimledger/claim-matching';
import { ZId } from '@claimledger/contracts';
import {
  ensureVerdictScale,
  findMatchSettings,
  findPriorVerdicts,
  listUntrackedClaims,
  runInTransaction,
  type Database,
  type DbExecutor,
  type TrackClaimRow,
} from '@claimledger/db';
import { createTestActor, openTestDatabase, uniqueSuffix } from '@claimledger/db/testing';
import { DEFAULT_VERDICT_SCALE, type Actor } from '@claimledger/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../article/ingest-article';
import { importClaimReviewText } from '../factcheck/import-claim-reviews';
import { rankGroupMatches, rankGroupMatchesMany, trackClaim, type TrackOutcome } from './match-claim';
import { placeClaims } from './place-claims';
import { trackArticleClaims } from './track-article';
import { listSuggestions, updateMatchSettings } from './tracked-claims';

// The batch placement of an article's claims (one transaction for all of them) keeps what
// placing them one by one did: claims sharing a candidate share its tracked claim, a failure
// leaves nothing half done, a re-run places only what is left.

let db: Database;
let admin: Actor;
let reviewer: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  await ensureVerdictScale(db.prisma, DEFAULT_VERDICT_SCALE);
  admin = await createTestActor(db.prisma, 'admin');
  reviewer = await createTestActor(db.prisma, 'reviewer');
});
afterAll(() => db.close());

const topic = () => `Vor${uniqueSuffix().replace(/\d/g, 'k')}`;
const scoreOf = (a: string, b: string) => rankCandidates({ id: 'q', text: a }, [{ id: 'c', text: b }])[0]?.score ?? 0;

async function thresholds(autoThreshold: number, suggestThreshold: number) {
  await updateMatchSettings(db.prisma, admin, {
    autoThreshold: Math.min(1, Math.max(0, autoThreshold)),
    suggestThreshold: Math.min(1, Math.max(0, suggestThreshold)),
  });
}

async function ingest(body: string, publishedAt: string) {
  const { article } = await ingestArticle(db.prisma, {
    body,
    format: 'text',
    publishedAt,
    publisher: `Outlet ${uniqueSuffix()}`,
  });
  return article;
}

/** An older claim left without a tracked claim (stored before tracking, or by a bulk load). */
async function ungroupedClaim(sentence: string) {
  await thresholds(1, 1);
  const article = await ingest(sentence, '2024-01-05');
  const claim = article.claims[0];
  if (!claim) throw new Error(`no claim in: ${sentence}`);
  const { groupId } = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
  await db.prisma.claim.update({ where: { id: claim.id }, data: { groupId: null } });
  await db.prisma.claimGroup.delete({ where: { id: groupId ?? '' } });
  return claim;
}

const groupOf = async (claimId: string) => (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).groupId;

describe('placing an article’s claims in one batch', () => {
  it('two claims matching one ungrouped older claim both join the one tracked claim made around it', async () => {
    const place = topic();
    const old = await ungroupedClaim(`The ${place} council closed 14 ${place}halls in 2023.`);
    const first = `In 2023 the ${place} council shut 14 of its ${place}halls.`;
    const second = `The ${place} council closed 14 ${place}halls during 2023.`;
    const auto = Math.min(scoreOf(first, old.sentence), scoreOf(second, old.sentence)) - 0.01;
    await thresholds(auto, auto - 0.01);
    const article = await ingest(`${first} Later, officials said it again. ${second}`, '2024-03-01');
    const mine = article.claims.filter((c) => c.sentence === first || c.sentence === second);
    expect(mine).toHaveLength(2);

    const group = await groupOf(old.id);
    expect(group).not.toBeNull();
    expect(await Promise.all(mine.map((c) => groupOf(c.id)))).toEqual([group, group]);
    expect(await db.prisma.claim.count({ where: { groupId: group } })).toBe(3);
    const linked = await db.prisma.auditEvent.findMany({ where: { entityId: group ?? '', action: 'group.linked' } });
    expect(linked.map((e) => (e.after as { claimId: string }).claimId).sort()).toEqual(mine.map((c) => c.id).sort());
    // Stamped now (UTC), by the matcher, with nothing before.
    for (const e of linked) {
      expect(Math.abs(e.at.getTime() - Date.now())).toBeLessThan(120_000);
      expect([e.actorId, e.before, e.actorLabel.startsWith('matcher ')]).toEqual([null, null, true]);
      expect(ZId.safeParse(e.id).success).toBe(true);
    }
    const tracked = await db.prisma.claimGroup.findUniqueOrThrow({ where: { id: group ?? '' } });
    expect(tracked.firstSeenAt.toISOString().slice(0, 10)).toBe('2024-01-05');
    expect(tracked.lastSeenAt.toISOString().slice(0, 10)).toBe('2024-03-01');
  });

  it('two claims offered one ungrouped older claim are offered the same tracked claim', async () => {
    const place = topic();
    const old = await ungroupedClaim(`The ${place} council closed 14 ${place}halls in 2023.`);
    const first = `Fourteen ${place} ${place}halls were closed by the council during 2023.`;
    const second = `In 2023 the ${place} council shut 14 of its ${place}halls.`;
    const scores = [scoreOf(first, old.sentence), scoreOf(second, old.sentence)];
    await thresholds(Math.max(...scores) + 0.01, Math.min(...scores) - 0.01);
    const article = await ingest(`${first} Traders cheered the news. ${second}`, '2024-06-01');
    const mine = article.claims.filter((c) => c.sentence === first || c.sentence === second);
    expect(mine).toHaveLength(2);

    const group = await groupOf(old.id);
    expect(group).not.toBeNull();
    for (const claim of mine) {
      const offered = await listSuggestions(db.prisma, reviewer, { claimId: claim.id });
      expect(offered.map((s) => s.groupId)).toContain(group);
      // Each keeps a tracked claim of its own.
      expect(await groupOf(claim.id)).not.toBe(group);
    }
    expect(await db.prisma.claimGroup.count({ where: { canonicalText: old.sentence } })).toBe(1);
  });

  it('a failure places nothing; the re-run places every claim once, and a further run finds nothing left', async () => {
    const place = topic();
    await thresholds(1, 1);
    const { id } = await db.prisma.article.create({
      data: { title: 'Batch', text: '-', contentHash: `batch-${uniqueSuffix()}`, ingestSource: 'text' },
      select: { id: true },
    });
    const sentences = [1, 2, 3, 4].map((n) => `The ${place} line ${n} carried ${n * 7} million riders in 2022.`);
    await db.prisma.claim.createMany({
      data: sentences.map((sentence, n) => ({
        articleId: id,
        sentence,
        sentenceStart: n * 100,
        start: n * 100,
        end: n * 100 + sentence.length,
        text: sentence,
        kind: 'count' as const,
        kinds: ['count' as const],
        checkworthiness: 0.9,
        extractorVersion: 'test',
      })),
    });
    const claims = await listUntrackedClaims(db.prisma, id);
    const settings = await findMatchSettings(db.prisma);
    const ranked = await rankGroupMatchesMany(
      db.prisma,
      claims.map((c) => ({ text: c.sentence, excludeArticleId: id })),
      10,
    );
    const groupsBefore = await db.prisma.claimGroup.count();
    await expect(
      runInTransaction(db.prisma, async (tx) => {
        await placeClaims(tx, claims, settings, ranked);
        throw new Error('worker killed');
      }),
    ).rejects.toThrow('worker killed');
    expect(await listUntrackedClaims(db.prisma, id)).toHaveLength(4);
    expect(await db.prisma.claimGroup.count()).toBe(groupsBefore);

    // One claim placed by an earlier (partial) run stays where it is.
    expect(await trackArticleClaims(db.prisma, id)).toHaveLength(4);
    const [done] = await db.prisma.claim.findMany({
      where: { articleId: id },
      select: { id: true, groupId: true },
      orderBy: { start: 'asc' },
    });
    expect(done?.groupId).not.toBeNull();
    await db.prisma.claim.updateMany({ where: { articleId: id, id: { not: done?.id ?? '' } }, data: { groupId: null } });
    const rerun = await trackArticleClaims(db.prisma, id);
    expect(rerun.map((o) => o.claimId).sort()).toEqual(
      claims
        .map((c) => c.id)
        .filter((c) => c !== done?.id)
        .sort(),
    );
    expect(await groupOf(done?.id ?? '')).toBe(done?.groupId);
    expect(new Set(rerun.map((o) => o.groupId)).size).toBe(3);
    expect(await trackArticleClaims(db.prisma, id)).toEqual([]);
  });

  it('ends as placing the claims one by one (trackClaim) did: links, groups made, suggestions, audits', async () => {
    const place = topic();
    // A grouped older claim, an ungrouped one, and an article restating each twice.
    await thresholds(1, 1);
    const grouped = (await ingest(`The ${place} port handled 9 million containers in 2024.`, '2024-01-05')).claims[0];
    const loose = await ungroupedClaim(`The ${place} council closed 14 ${place}halls in 2023.`);
    const restated = [
      `In 2023 the ${place} council shut 14 of its ${place}halls.`,
      `Fourteen ${place} ${place}halls were closed by the council during 2023.`,
      `The ${place} port handled 9 million containers during 2024.`,
      `${place} port volumes reached 9 million containers in 2024.`,
    ];
    const scores = restated.map((r, i) => scoreOf(r, i < 2 ? loose.sentence : (grouped?.sentence ?? '')));
    const sorted = [...scores].sort((a, b) => a - b);
    // Some link, some are suggested.
    await thresholds(((sorted[1] ?? 0) + (sorted[2] ?? 0)) / 2, (sorted[0] ?? 0) - 0.01);
    const { id } = await db.prisma.article.create({
      data: { title: 'Batch', text: '-', contentHash: `batch-${uniqueSuffix()}`, ingestSource: 'text' },
      select: { id: true },
    });
    await db.prisma.claim.createMany({
      data: restated.map((sentence, n) => ({
        articleId: id,
        sentence,
        sentenceStart: n * 100,
        start: n * 100,
        end: n * 100 + sentence.length,
        text: sentence,
        kind: 'count' as const,
        kinds: ['count' as const],
        checkworthiness: 0.9,
        extractorVersion: 'test',
      })),
    });
    const claims = await listUntrackedClaims(db.prisma, id);
    const settings = await findMatchSettings(db.prisma);
    const ranked = await rankGroupMatchesMany(
      db.prisma,
      claims.map((c) => ({ text: c.sentence, excludeArticleId: id })),
      10,
    );
    const involved = [...claims.map((c) => c.id), loose.id, grouped?.id ?? ''];

    /** The state placing left, group ids named by their text (new groups get new ids each run). */
    async function snapshot(tx: DbExecutor, outcomes: TrackOutcome[]) {
      const rows = await tx.claim.findMany({
        where: { id: { in: involved } },
        select: {
          id: true,
          matchScore: true,
          valueChange: true,
          isRepeat: true,
          group: { select: { canonicalText: true, firstSeenAt: true, lastSeenAt: true } },
        },
        orderBy: { id: 'asc' },
      });
      const suggestions = await tx.matchSuggestion.findMany({
        where: { claimId: { in: involved } },
        select: { claimId: true, score: true, group: { select: { canonicalText: true } } },
        orderBy: [{ claimId: 'asc' }, { score: 'asc' }],
      });
      const audits = await tx.auditEvent.count({
        where: { action: 'group.linked', after: { path: ['claimId'], string_contains: '' } },
      });
      const name = new Map(rows.map((r) => [r.id, r.group?.canonicalText ?? null]));
      return {
        rows,
        suggestions,
        audits,
        outcomes: outcomes.map((o) => ({ ...o, groupId: name.get(o.claimId) })),
      };
    }
    const run = async (place: (tx: DbExecutor, claims: TrackClaimRow[]) => Promise<TrackOutcome[]>) => {
      let result: Awaited<ReturnType<typeof snapshot>> | null = null;
      await runInTransaction(db.prisma, async (tx) => {
        result = await snapshot(tx, await place(tx, claims));
        throw new Error('rollback');
      }).catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'rollback') throw error;
      });
      return result;
    };
    const batch = await run((tx, list) => placeClaims(tx, list, settings, ranked));
    const oneByOne = await run(async (tx, list) => {
      const outcomes: TrackOutcome[] = [];
      for (const [i, claim] of list.entries()) outcomes.push(await trackClaim(tx, claim, settings, ranked[i]));
      return outcomes;
    });
    expect(batch).toEqual(oneByOne);
    const outcomes = (batch as Awaited<ReturnType<typeof snapshot>> | null)?.outcomes ?? [];
    expect(outcomes.filter((o) => o.linked).length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.suggestions > 0).length).toBeGreaterThan(0);
  });

  it('a claim joining a published claim or an imported fact-check that has no tracked claim yet is a repeat of its verdict', async () => {
    const place = topic();
    const published = `The ${place} tunnel cost 212 million ${place}mark in 2022.`;
    const checked = `The ${place} lottery paid 17 ${place}prizes during 2021.`;
    const restated = [
      `In 2022 the ${place} tunnel cost 212 million ${place}mark.`,
      `During 2021 the ${place} lottery paid 17 ${place}prizes.`,
    ];
    const loose = await ungroupedClaim(published);
    const label = await db.prisma.verdictLabel.findFirstOrThrow({ where: { slug: 'false' } });
    await db.prisma.claim.update({ where: { id: loose.id }, data: { state: 'approved', verdictLabelId: label.id } });
    await importClaimReviewText(
      db.prisma,
      JSON.stringify({
        '@type': 'ClaimReview',
        url: `https://checks.example/${place}`,
        claimReviewed: checked,
        datePublished: '2021-06-01',
        author: { '@type': 'Organization', name: 'Checker' },
        reviewRating: { '@type': 'Rating', alternateName: 'Mostly false' },
      }),
      null,
    );
    const check = await db.prisma.importedFactCheck.findUniqueOrThrow({
      where: { reviewUrl: `https://checks.example/${place}` },
    });
    expect(check.groupId).toBeNull();
    const auto = Math.min(scoreOf(restated[0] ?? '', published), scoreOf(restated[1] ?? '', checked)) - 0.01;
    await thresholds(auto, auto - 0.01);
    const article = await ingest(restated.join(' '), '2025-02-01');

    const claims = await db.prisma.claim.findMany({
      where: { articleId: article.id },
      select: { sentence: true, isRepeat: true, groupId: true, group: { select: { firstSeenAt: true, lastSeenAt: true } } },
      orderBy: { start: 'asc' },
    });
    expect(claims.map((c) => [c.sentence, c.isRepeat])).toEqual(restated.map((r) => [r, true]));
    // Each joined the tracked claim made around its candidate, seen from the candidate's date to its own.
    expect(claims[0]?.groupId).toBe(await groupOf(loose.id));
    expect((await db.prisma.importedFactCheck.findUniqueOrThrow({ where: { id: check.id } })).groupId).toBe(claims[1]?.groupId);
    expect(claims.map((c) => [c.group?.firstSeenAt.toISOString(), c.group?.lastSeenAt.toISOString()])).toEqual([
      ['2024-01-05T00:00:00.000Z', '2025-02-01T00:00:00.000Z'],
      ['2021-06-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z'],
    ]);
    const priors = await findPriorVerdicts(
      db.prisma,
      claims.map((c) => c.groupId ?? ''),
      [],
      '',
    );
    expect(claims.map((c) => priors.get(c.groupId ?? '')?.verdict)).toEqual([label.name, 'Mostly false']);
    const audits = await db.prisma.auditEvent.findMany({
      where: { action: 'group.linked', entityId: { in: claims.map((c) => c.groupId ?? '') } },
      select: { after: true },
    });
    expect(audits.map((a) => (a.after as { isRepeat?: boolean }).isRepeat)).toEqual([true, true]);
  });

  it('ingests joining the same tracked claims at once all place (no deadlock), and first and last seen take in every appearance', async () => {
    const place = topic();
    const stated = `The ${place} port handled 41 ${place}ships in 2023.`;
    const repeat = `In 2023 the ${place} port handled 41 ${place}ships.`;
    await thresholds(1, 1);
    await ingest(stated, '2024-05-01');
    const auto = scoreOf(repeat, stated) - 0.01;
    await thresholds(auto, auto - 0.01);
    // Eight articles at once, published on both sides of the first appearance; each joins the
    // first one's tracked claim or an earlier repeat's, whichever ranks first when it is matched.
    const dates = [
      '2021-02-03',
      '2022-07-09',
      '2023-03-04',
      '2024-06-01',
      '2024-09-12',
      '2025-01-20',
      '2025-04-02',
      '2025-11-30',
    ];
    const settled = await Promise.allSettled(dates.map((date, i) => ingest(`${repeat} Filed by desk ${'abcdefgh'[i]}.`, date)));
    expect(settled.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
    const claims = await db.prisma.claim.findMany({
      where: { sentence: { in: [stated, repeat] } },
      select: { sentence: true, groupId: true, matchScore: true, article: { select: { publishedAt: true } } },
    });
    expect(claims).toHaveLength(dates.length + 1);
    expect(claims.filter((c) => !c.groupId)).toEqual([]);
    // Each repeat joined a tracked claim, or (placed by a concurrent ingest as its candidate) was
    // made one that another repeat joined.
    for (const claim of claims.filter((c) => c.matchScore === null && c.sentence === repeat))
      expect(claims.filter((c) => c.groupId === claim.groupId && c.matchScore !== null).length).toBeGreaterThan(0);
    for (const groupId of new Set(claims.map((c) => c.groupId ?? ''))) {
      const seen = claims.filter((c) => c.groupId === groupId).map((c) => c.article.publishedAt?.toISOString() ?? '');
      const group = await db.prisma.claimGroup.findUniqueOrThrow({ where: { id: groupId } });
      expect([group.firstSeenAt.toISOString(), group.lastSeenAt.toISOString()]).toEqual([
        seen.reduce((a, b) => (a < b ? a : b)),
        seen.reduce((a, b) => (a > b ? a : b)),
      ]);
    }
  });
});

describe('ranking an article’s claims', () => {
  it('ranks each text of a batch as it ranks that text alone, whichever read returns first', async () => {
    const name = topic();
    await thresholds(1, 1);
    await ingest(
      `${name} orchards picked 40 tonnes of pears in March 2024. ${name} beekeepers kept 52 hives on the moor in April 2024. ` +
        `The ${name} cider mill pressed 1.2 million apples in 2023.`,
      '2024-05-01',
    );
    const texts = [
      `In March 2024 the ${name} orchards picked 40 tonnes of pears`,
      `${name} cider mill apples pressed numbered 1.2 million in 2023`,
      `${name} beekeepers kept 52 hives on the moor in April 2024`,
      'Nothing here is stored anywhere at all.',
    ];
    const alone = await Promise.all(texts.map((text) => rankGroupMatches(db.prisma, text, { limit: 10 })));
    for (const statements of [1, 2, 3]) {
      const batch = await rankGroupMatchesMany(
        db.prisma,
        texts.map((text) => ({ text })),
        10,
        { statements },
      );
      expect(batch.map((m) => m.map((x) => [x.id, x.score]))).toEqual(alone.map((m) => m.map((x) => [x.id, x.score])));
    }
    expect(alone[0]?.[0]?.candidate.text).toContain('picked 40 tonnes of pears');
    expect(alone[1]?.[0]?.candidate.text).toContain('pressed 1.2 million apples');
  });
});
