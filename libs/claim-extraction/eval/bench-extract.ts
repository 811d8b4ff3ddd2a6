// `npm run bench:extract`: extraction throughput on one core (MB of article text per second)
// and model load time, measured in fresh processes. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// `../shared` beside the repository (a worktree sits one folder deeper: try its parent too).
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const seed =
  [path.resolve(repoRoot, '../shared'), path.resolve(repoRoot, '../../shared')]
    .map((d) => path.join(d, 'fixtures/seed-article.txt'))
    .find((f) => existsSync(f)) ?? 'missing: ../shared/fixtures/seed-article.txt';
const newsDir = path.resolve(import.meta.dirname, '../golden/news');

if (process.argv[2] === '--load') {
  const t0 = performance.now();
  const { scoreSentence } = await import('../src/checkworthiness/model');
  scoreSentence('The city hired 1,200 teachers in 2023.');
  console.log(JSON.stringify({ loadMs: performance.now() - t0 }));
  process.exit(0);
}

if (process.argv[2] === '--throughput') {
  const corpus = process.argv[3];
  const { extractClaims } = await import('../src/extract');
  // The seed article plus every golden case as one more article, paragraph by paragraph.
  const goldenDir = path.resolve(import.meta.dirname, '../golden');
  const golden = readdirSync(goldenDir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(goldenDir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .join('\n\n');
  // News: the seed article and the team's own labelled news articles, each as it is.
  const news = readdirSync(newsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(newsDir, f), 'utf8'));
  const texts = corpus === 'news' ? [...(existsSync(seed) ? [readFileSync(seed, 'utf8')] : []), ...news] : [golden];
  extractClaims(texts[0] ?? '', { publishedAt: '2020-01-01' }); // warm-up: model and JIT
  let bytes = 0;
  let claims = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 10_000) {
    for (const text of texts) {
      claims += extractClaims(text, { publishedAt: '2020-01-01' }).length;
      bytes += Buffer.byteLength(text);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ mb: bytes / 1e6, seconds, claims, rss: process.memoryUsage().rss }));
  process.exit(0);
}

const run = (...flags: string[]) =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, ...flags], { encoding: 'utf8' })) as Record<
    string,
    number
  >;
const loads = [run('--load'), run('--load'), run('--load')].map((r) => r['loadMs'] ?? 0);
const line = (name: string, t: Record<string, number>) =>
  `| throughput, one core: ${name} | ${((t['mb'] ?? 0) / (t['seconds'] ?? 1)).toFixed(3)} MB/s (${(t['mb'] ?? 0).toFixed(2)} MB in ${(t['seconds'] ?? 0).toFixed(1)} s, ${t['claims']} claims, ${((t['rss'] ?? 0) / 1024 / 1024).toFixed(0)} MiB RSS) | ≥ 1 MB/s |`;
console.log('| measure | value | target |');
console.log('|---|---|---|');
console.log(line('news articles (seed article and golden/news)', run('--throughput', 'news')));
console.log(line('claim-dense golden sentences', run('--throughput', 'golden')));
console.log(`| model + NLP load (median of 3 fresh processes) | ${loads.sort((a, b) => a - b)[1]?.toFixed(0)} ms | < 1000 ms |`);
