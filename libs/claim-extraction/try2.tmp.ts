import { extractClaims } from './src/extract';
for (const t of process.argv.slice(2)) {
  const cs = extractClaims(t, { publishedAt: '2024-03-11' });
  console.log('> ' + t);
  for (const c of cs) console.log(`   ${c.kind} ${JSON.stringify(c.text)} v=${c.value} u=${c.unit} counted=${c.counted} s=${c.speaker}`);
}
