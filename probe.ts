import { extractClaims } from './libs/claim-extraction/src/index.ts';
const texts = ['Unemployment fell from 8 percent to 5 percent over three years.','The population doubled in 20 years.','Prices rose 5 percent over the past two years.','Exports grew by 12 percent within six months, officials said.','He served over three years in prison.','The company lost $2 billion over five years.','Over 40 years, the town grew to 30,000 residents.'];
for (const t of texts) { const cs = extractClaims(t, { publishedAt: '2024-03-01' }); console.log('\n' + t);
  for (const c of cs) console.log(`  ${c.kind} [${c.kinds}] "${c.text}" v=${c.value} lo=${c.low} hi=${c.high} u=${c.unit} c=${c.counted} b=${c.bound} t=${c.timeStart}..${c.timeEnd}`); }
