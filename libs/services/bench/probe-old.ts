// One-off: the previous candidate statements (OR-query + ts_rank over all matches, trigram % over sentences) at 1M.
import { openMigratedDatabase } from '@claimledger/db/migrate';
import { paraphrase, readMatchBenchData } from './match-data';
const db = await openMigratedDatabase({ databaseUrl: 'postgresql://postgres@127.0.0.1:5432/claimledger_bench_match' });
const data = readMatchBenchData()!;
const STOP = new Set('a an the of to in on at for by with and or but is are was were be been has have had it its this that these those as from than then there their they he she his her we our you your i not no said says say'.split(' '));
const terms = (t: string) => [...new Set((t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w)))].slice(0, 16).join(' or ');
const ids = Array.from({ length: 8 }, (_, k) => `sc${data.pool.length + ((k * 9973) % 900000)}`);
const rows = await db.prisma.claim.findMany({ where: { id: { in: ids } }, select: { id: true, sentence: true } });
const fts: number[] = [], trgm: number[] = [];
let found = 0;
for (const r of rows) {
  const text = paraphrase(r.sentence);
  let t = performance.now();
  const a = await db.prisma.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Claim" WHERE to_tsvector('english', "sentence") @@ websearch_to_tsquery('english', ${terms(text)})
    ORDER BY ts_rank(to_tsvector('english', "sentence"), websearch_to_tsquery('english', ${terms(text)})) DESC, "createdAt" ASC LIMIT 30`;
  fts.push(performance.now() - t);
  t = performance.now();
  const b = await db.prisma.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Claim" WHERE "sentence" % ${text} ORDER BY similarity("sentence", ${text}) DESC LIMIT 30`;
  trgm.push(performance.now() - t);
  if ([...a, ...b].some((x) => x.id === r.id)) found++;
  console.log(`fts ${fts.at(-1)?.toFixed(0)} ms, trigram ${trgm.at(-1)?.toFixed(0)} ms`);
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]?.toFixed(0);
console.log(`previous statements, ${rows.length} rewritten claims: full-text median ${med(fts)} ms (max ${Math.max(...fts).toFixed(0)}), trigram median ${med(trgm)} ms (max ${Math.max(...trgm).toFixed(0)}), found ${found}/${rows.length}`);
await db.close();
