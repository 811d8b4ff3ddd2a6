import { matchesOf } from './matches';

// The superlatives a record is told with.
// Rules 0.7.14: the superlatives of a market's move and a release's reach ("its steepest drop since 2021", "its sharpest
// fall", "the widest release", "the narrowest margin"), and a superlative joined to a participle ("the lowest-ranked
// winner", "the highest-paid", "the best-selling"), which tells the same record.
export const SUPERLATIVE =
  '(?:(?:lowest|highest|most|fewest|least|largest|biggest|smallest|longest|shortest|worst|best|fastest|slowest|deadliest|warmest|hottest|coldest|wettest|driest|strongest|weakest|cheapest|dearest|costliest|busiest|heaviest|earliest|wealthiest|richest|poorest|oldest|youngest|greatest|deepest|tallest|sunniest|windiest|snowiest|stormiest|safest|riskiest|steepest|sharpest|widest|narrowest|tightest|mildest|quietest|closest|lightest)(?:-(?:ranked|placed|paid|selling|grossing|growing|earning|rated|performing|scoring|attended|watched|visited|populated|valued))?|worst-hit|hardest-hit)';

// Rules 0.7.10: "made an unbeaten 182, his highest Test score,": a superlative in apposition right after a figure
// (the appositive first, then the figure before its comma: a figure-first pattern backtracks at every digit).
// Rules 0.7.14: with the scope of the record after its noun ("36.4C at Heathrow, the highest temperature of the year so
// far", "4,125 theaters, the widest release of the year", "9% …, the best performance among major currencies"), and
// closed by a contrast ("…, the highest of the year so far but short of the record") as well as by punctuation.
const APPOSITIVE_SCOPE = String.raw`(?:\s+(?:of\s+(?:the|its|their|his|her)\s+(?:year|season|month|week|decade|century|career|campaign|tournament|summer|winter)|so\s+far|this\s+(?:year|season|month|decade|century)|among\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+s))*`;
const APPOSITIVE_SUPERLATIVE = new RegExp(
  String.raw`,\s+((?:his|her|its|their|the)\s+${SUPERLATIVE}(?:\s+(?!(?:in|on|at|of|for|and|or|to|from|by|with|since|than|that|which|who|as)\b)[\w’'-]+){1,3}${APPOSITIVE_SCOPE})(?=\s*[,;.]|\s*$|\s+(?:as|but)\b)`,
  'gi',
);
const FIGURE_BEFORE = /\d[\w%]*(?:\s+[a-z]+){0,2}$/;
// Rules 0.7.14: a record with its scope may sit further from the figure it describes, anywhere in the same clause (no
// comma, semicolon, colon or bracket between; "gained about 9% against the dollar since the start of the year, the best
// performance …").
const FIGURE_IN_CLAUSE = /\d[^,;:()]*$/;
const SCOPED = new RegExp(String.raw`${APPOSITIVE_SCOPE.replace(/\)\*$/, ')+')}$`, 'i');
// Rules 0.7.10: "10.9% of adults now vape, overtaking cigarette smoking for the first time": a first overtaking.
const OVERTAKING_FIRST_TIME =
  /\b(?:overtaking|overtook|overtaken|overtakes|surpassing|surpassed|outnumbering|outnumbered|outselling|outsold)\s+(?:[\w’'-]+\s+){1,4}?for\s+the\s+first\s+time\b/gi;

// Rules 0.7.12: "rose to 279,000 pounds ($353,000), a record in cash terms": "a record" in apposition right after a
// figure (a bracketed conversion may sit between them).
const APPOSITIVE_RECORD =
  /,\s+(an?\s+(?:new\s+|all-time\s+)?record(?:\s+(?!(?:and|or|that|which|who|as)\b)[\w’'-]+){0,3})(?=\s*[,;.]|\s*$)/gi;
const CONVERSION_BEFORE = /\s*\([^()]{1,30}\)$/;
// Rules 0.7.15: "the longest unbroken run by a solo female artist since 2015", "…, longest reign by a British
// champion since 1936": a record whose noun is qualified by its holder ("by a …") before its "since" year, longer than
// the record rule's six words; after a determiner, or with none right after a comma (a headline's apposition).
const HOLDER_RECORD = new RegExp(
  String.raw`(?:\b(?:the|its|their|his|her)\s+|(?<=,\s))${SUPERLATIVE}(?:\s+(?!(?:by|in|on|since|and|or|that|which)\b)[\w’'-]+){1,3}\s+by\s+(?:a|an|the|any)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d\d\b`,
  'gi',
);

// Rules 0.7.16: "…, the team's first since 2008", "its first since March 2019": a first with no noun after it, told by
// its "since" year (the noun is the claim before it).
const FIRST_SINCE =
  /\b(?:(?:the|its|their|his|her)\s+(?:[\w-]+(?:[’']s|s[’'])\s+)?|[A-Z][\w-]*[’']s\s+)first\s+since\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[89]|20)\d\d\b/g;
// Rules 0.7.16: "Nobody has ever come back from that far down …", "no other club had ever won it": a record told as a
// negated "ever", to the end of its clause.
const NOBODY_EVER =
  /\b(?:[Nn]obody|[Nn]o\s+one|[Nn]o\s+other\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+(?:has|had|have)\s+ever\s+[a-z][^,;:.!?"“”]{2,120}/g;

/** Records told beside a figure rather than with "since"/"in": an appositive superlative, a first overtaking. */
export function recordsBesideFigures(
  sentence: string,
  maySuperlative: boolean,
): Array<{ start: number; end: number; value: null }> {
  const found: Array<{ start: number; end: number; value: null }> = [];
  if (maySuperlative && /,\s+(?:his|her|its|their|the)\s/.test(sentence)) {
    for (const m of matchesOf(APPOSITIVE_SUPERLATIVE, sentence)) {
      const at = m.index ?? 0;
      const appositive = m[1] ?? '';
      const figureNear = FIGURE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at));
      if (!figureNear && !(SCOPED.test(appositive) && FIGURE_IN_CLAUSE.test(sentence.slice(Math.max(0, at - 100), at)))) continue;
      const end = at + m[0].length;
      found.push({ start: end - appositive.length, end, value: null });
    }
  }
  if (sentence.includes(' record')) {
    for (const m of matchesOf(APPOSITIVE_RECORD, sentence)) {
      const at = m.index ?? 0;
      if (!FIGURE_BEFORE.test(sentence.slice(Math.max(0, at - 60), at).replace(CONVERSION_BEFORE, ''))) continue;
      const end = at + m[0].length;
      found.push({ start: end - (m[1] ?? '').length, end, value: null });
    }
  }
  if (maySuperlative && sentence.includes(' by ') && sentence.includes(' since ')) {
    for (const m of matchesOf(HOLDER_RECORD, sentence)) {
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, value: null });
    }
  }
  if (sentence.includes('first since')) {
    for (const m of matchesOf(FIRST_SINCE, sentence)) {
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, value: null });
    }
  }
  if (/\bever\b/.test(sentence)) {
    for (const m of matchesOf(NOBODY_EVER, sentence)) {
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].trimEnd().length, value: null });
    }
  }
  if (sentence.includes('first time')) {
    for (const m of matchesOf(OVERTAKING_FIRST_TIME, sentence)) {
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, value: null });
    }
  }
  return found;
}
