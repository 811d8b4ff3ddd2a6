import { DURATION_UNITS, type ClaimKind, type TextKind } from '@claimledger/domain';
import {
  PersonTracker,
  findAttributions,
  findQuotes,
  maskQuotes,
  namedRole,
  type Attribution,
  type QuoteSpan,
} from './attribution';
import { articleBodyEnd, isCaption } from './boilerplate';
import { CHECKWORTHINESS_MODEL } from './checkworthiness/model';
import { DATED_CLAIM_THRESHOLD, RECORD_AS_FIGURE, SENTENCE_CLAIM_THRESHOLD, scoreClaim, scoreSentences } from './claim-score';
import { findHeader } from './headline';
import { SUPERLATIVE, recordsBesideFigures } from './superlatives';
import { matchesOf } from './matches';
import { CHANGE_BEFORE, CHANGE_NEAR, findDocumentNumbers, findNumberMentions, type NumberMention } from './mentions';
import { ruleHitsOf, type RuleHits } from './kinds/features';
import { textKinds } from './kinds/text-kinds';
import { analyseParagraph, paragraphs, type AnalysedSentence, type Span } from './segment';
import { hasComparison, TEMPORAL_EXPRESSION } from './sentence-kinds';
import { isFramingPeriod, isPredictive, isSizeClass, isStructural } from './structural';
import { anniversaryBase, datesReference, resolveTimeScope, toDate, type TimeScope } from './time-scope';
import type { ExtractOptions, ExtractedClaim } from './types';

/** Stored on every claim: the rules' version plus the check-worthiness model's. */
// Rules 0.7.12: 0.7.11 (0.7.10 with the values rules 0.7.9 merged) tuned on the thirteenth labelled set; 0.7.13 on the
// fourteenth, 0.7.14 on the fifteenth.
export const EXTRACTOR_VERSION = `cl-extract-0.7.17+${CHECKWORTHINESS_MODEL.version}`;

// Words that make a claim tentative. "May" the month is not "may"; "about 200" is a bound of its figure.
const HEDGE =
  /\b(?:I think|I believe|believes?|believed|reportedly|estimated?|estimates|allegedly|perhaps|probably|likely|expects?|expected|thought to|appears? to|seems? to|suggests?|according to|projected|forecast)\b|\b(?:may|might|could)\b/;
const HEDGE_CI = new RegExp(HEDGE.source.replace(String.raw`|\b(?:may|might|could)\b`, ''), 'i');
const isHedged = (text: string) => HEDGE_CI.test(text) || /\b(?:may|might|could)\b/.test(text);

/** A look at a whole sentence, kept for the last sentence asked: a sentence's drafts come one after another. */
function lastAnswer<T>(look: (text: string) => T): (text: string) => T {
  let asked: string | undefined;
  let answer: T;
  return (text) => {
    if (text !== asked) [asked, answer] = [text, look(text)];
    return answer;
  };
}
const isHedgedSentence = lastAnswer(isHedged);
const TRAILING_TIME = /^(?:\s+[\w’'-]+){0,5}?\s+((?:this|last|next) (?:year|month|week))\b/;
// A sentence whose main verb takes a position ("defended", "reaffirmed", "vowed") states a stance, not a fact.
const POSITION =
  /\b(?:defend(?:s|ed)?|reaffirm(?:s|ed)?|reassert(?:s|ed)?|affirm(?:s|ed|ing)?|vow(?:s|ed)?|pledge[sd]?|urge[sd]?|call(?:s|ed) for|welcome[sd]?|praise[sd]?|condemn(?:s|ed)?|criticiz(?:es|ed)|criticis(?:es|ed)|hope[sd]?|want(?:s|ed)?|wish(?:es|ed)?)\b/i;
// Opinions and characterisations ("Russia was also a useful conduit", "a human bridge") are not claims.
const OPINION =
  /\b(?:I think|I believe|I feel|we believe|in my view|it[’']s (?:very )?important|should|must|need to)\b|\b(?:is|was|are|were|remains?|became)\s+(?:also\s+|still\s+)?(?:a|an|the)\s+(?:very\s+)?(?:useful|great|good|bad|valuable|vital|reliable|trusted|true|natural|wonderful|terrible)\s+[a-z]+/i;

type Role = 'kicker' | 'headline' | 'dek' | 'body';

/** Stage 1 output: a paragraph with its role in the article, its sentences and tokens. */
type Paragraph = { span: Span; role: Role; sentences: AnalysedSentence[] };

/** A claim as it passes through stages 3–6. */
type Draft = {
  role: Role;
  sentence: Span;
  sentenceIndex: number;
  paragraphIndex: number;
  start: number;
  end: number;
  mention: NumberMention | null;
  /** A record, superlative or multiple ("the lowest level since 2000", "doubled"). */
  record: { value: number | null } | null;
  /** A statement anchored to a date ("acquitted … in November 2010"): its year. */
  dated: { year: number | null } | null;
  speaker: string | null;
  isQuote: boolean;
  scope: TimeScope | null;
  hasTimeExpression: boolean;
  score: number;
};

// ---------------------------------------------------------------------------------------------
// Stage 1: segment. Paragraphs of the article body (page chrome, captions, repeats dropped),
// their role (kicker, headline, dek, body) and one wink-nlp pass for sentences and tags.
function segment(text: string): Paragraph[] {
  // The header's lines are paragraphs too: one wink-nlp pass each, shared.
  const analysed = new Map<number, AnalysedSentence[]>();
  const analyse = (span: Span) => {
    let sentences = analysed.get(span.start);
    if (!sentences) analysed.set(span.start, (sentences = analyseParagraph(span)));
    return sentences;
  };
  const header = findHeader(text, analyse);
  const roleOf = (p: Span): Role =>
    p.start === header.kicker?.start
      ? 'kicker'
      : p.start === header.headline?.start
        ? 'headline'
        : p.start === header.dek?.start
          ? 'dek'
          : 'body';
  const seen = new Set<string>();
  const out: Paragraph[] = [];
  for (const span of paragraphs(text, articleBodyEnd(text))) {
    // Scraped pages repeat photo captions and pull quotes: a paragraph seen before adds nothing.
    const key = span.text.trim();
    if (seen.has(key) || isCaption(key)) continue;
    seen.add(key);
    out.push({ span, role: roleOf(span), sentences: analyse(span) });
  }
  return out;
}

// Stage 2: find mentions. Number mentions of each sentence, without the structural ones
// ("the two leaders", "one of …") and those inside predictions and hypotheticals.
const SELECTION = /\b(?:first|second|last|next|top|bottom|final)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b/gi;
const AGO_AFTER = /^\s+(?:ago|earlier)\b/i;
type SentenceMentions = { mentions: NumberMention[]; dropped: number; all: NumberMention[] };

function findMentions(sentence: AnalysedSentence): SentenceMentions {
  const all = findNumberMentions(sentence.text, () => relativeTokens(sentence)).filter(
    (m) => !(m.value === 1 && !m.counted && !m.unit && !m.isMultiple),
  );
  const meaningful = all.filter(
    (m) => !isStructural(sentence.text, m) && !isFramingPeriod(sentence.text, m, all) && !isSizeClass(sentence.text, m, all),
  );
  const timely = meaningful.filter((m) => !isPredictive(sentence.text, m.start));
  // "Ten years ago this club was nearly wound up over a £2m tax bill": "ten years ago" dates the figure;
  // it is no claim of its own beside one.
  const mentions = timely.some((m) => !isAgo(sentence.text, m)) ? timely.filter((m) => !isAgo(sentence.text, m)) : timely;
  // "the first two finishers", "the top five": a selection, counted as a structural numeral.
  const selections = sentence.text.match(SELECTION)?.length ?? 0;
  // "(NCES 2026-031)": a document number is a structural numeral too.
  const documents = findDocumentNumbers(sentence.text).filter((d) => !d.isDate).length;
  return { mentions, dropped: all.length - mentions.length + selections + documents, all: meaningful };
}

// findMentions' helpers, module functions rather than closures made for every sentence.
const relativeTokens = (sentence: AnalysedSentence) =>
  sentence.tokens.map((t) => ({ text: t.text, start: t.start - sentence.start, end: t.end - sentence.start, pos: t.pos }));
const isAgo = (sentence: string, m: NumberMention) =>
  Boolean(m.unit && DURATION_UNITS.has(m.unit)) && AGO_AFTER.test(sentence.slice(m.end));

// Stage 3: merge into claims. A change and its reference value are one claim ("rose to 4,000
// … from 2,500", "4,000 …, up from 2,500"); overlapping spans are one claim; a sentence with no
// figure of its own is a candidate sentence claim (kept in stage 6 if it is check-worthy).
const REFERENCE_BEFORE =
  /(?:(?:\b(?:up|down)\s+)?\bfrom|\b(?:double|triple|twice|half|compared (?:with|to)|against|versus|vs\.?)(?:\s+the)?)\s+$/i;
const CLAUSE_BREAK = /;|\bbut\b|\bwhile\b|\bwhereas\b/;
// "31 votes to 12", "97 percent effective after two doses": one figure with its terms. Rules 0.7.8: not "after a/an"
// ("sold for $64 million after a seven-minute contest"): the article starts an event of its own, with its own figure.
const CONNECTOR = /^\s*(?:[a-z]+\s+)?(?:to|after|per|of|among|against|versus|vs\.?|out of)\s+(?:the\s+|a\s+|an\s+)?$/;
const isAfterAnArticle = (sentence: string, between: string, m: NumberMention) =>
  /\bafter\s+$/.test(between) ? /^an?\s/.test(sentence.slice(m.start, m.end)) : /\bafter\s+an?\s+$/.test(between);
// The time of a change's reference value belongs to it: "from 2,500 in 2022".
const REFERENCE_TIME = new RegExp(
  [
    String.raw`^\s+(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:1[89]\d\d|20\d\d)\b`,
    String.raw`^\s+(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`,
    String.raw`^\s+(?:the\s+)?(?:year|month|week|quarter)\s+(?:before|earlier)\b`,
  ].join('|'),
);
// "rose from 2,500 in 2022 to 4,000": the reference first, then (after its time) the figure reached.
const FROM_BEFORE = /\bfrom\s+$/i;
const TO_BETWEEN = new RegExp(String.raw`^(?:${REFERENCE_TIME.source.replace(/\^/g, '')})?,?\s+to\s+$`);

// "fell 9 percent to $71", "raised the dividend by 5 percent to 3.15 kroner": the size of a change, then
// the level reached. Two claims, as the gold labels "rose 4.1 percent …, to $34.91".
const CHANGE_THEN_LEVEL = /^\s*,?\s*to\s+$/i;
const AMOUNT_AFTER_REFERENCE = /\b(?:to|from|of|at)\s+(?:(?:about|around|nearly|almost|roughly|some|just|a|an|the)\s+)?$/i;
// "Compared with 2013–14, when the rate was 82 percent, the rate rose by 5 points": a fronted
// reference, then the change. One claim, its value the change.
const FRONTED_REFERENCE = /^\s*(?:compared (?:with|to)|relative to|against|(?:up|down) from|from)\b[^;]*$/i;
// "compared with $18.2 billion" is the reference of a change only; after a plain level it is a second statistic.
const COMPARED_BEFORE = /\b(?:compared (?:with|to)|against|versus|vs\.?)(?:\s+the)?\s+$/i;

/** The mention is the size of a change: a change verb before it, and it is not the level ("to 4,000"). */
function isChangeAmount(sentence: string, m: NumberMention): boolean {
  const before = sentence.slice(0, m.start);
  return CHANGE_NEAR.test(before) && !AMOUNT_AFTER_REFERENCE.test(before) && m.reference === undefined && !m.range;
}

const CONVERSION_BETWEEN =
  /^\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|approximately|approx\.|or|just over|just under)\s+)?$/i;
const CURRENCY_NOUN =
  /^(?:pesos?|shillings?|rupees?|rand|naira|kroner|kronor|krona|krone|yen|yuan|renminbi|won|rubles?|roubles?|lira|lire|zloty|forint|dinars?|dirhams?|riyals?|reais|ringgit|baht|dong|pounds?|dollars?|euros?|francs?|cedis?|kwacha|birr|taka|rupiah|hryvnias?|tenge|soles?)$/i;
const isMoney = (m: NumberMention) =>
  Boolean((m.unit && /^[A-Z]{3}$/.test(m.unit)) || (m.counted && CURRENCY_NOUN.test(m.counted)));

// Rules 0.7.4: "About 2,300 firefighters from 11 countries": a count of the places or bodies others come from is a
// statistic of its own, not the reference of a change ("4,000 homes from 2,500", "34 points from 27 matches" stay one).
const ORIGIN_COUNTED =
  /^(?:[\w-]+\s+)?(?:countries|nations|states|provinces|regions|territories|cities|towns|villages|districts|counties|continents|companies|firms|universities|schools|agencies|organi[sz]ations|institutions|hospitals|clubs|teams|airlines|ports|parties)$/i;
const countsOtherThings = (a: NumberMention, b: NumberMention) =>
  Boolean(a.counted && b.counted && ORIGIN_COUNTED.test(b.counted) && !ORIGIN_COUNTED.test(a.counted));

const SALE_BETWEEN = /^\s+[^,;]{0,40}?\b(?:fetched|sold\s+for|went\s+for)\s+$/i;
// "sold for £40 each", "…, up from 31": a price per item, or a change of the count, leaves the count its own claim.
const PRICE_EACH_OR_CHANGE_AFTER = /^\s*(?:each|apiece|a head|per\b)|^[^.;]*,\s+(?:up|down)\s+(?:from|on)\b/i;

const isCountChange = (sentence: string, by: NumberMention, level: NumberMention) =>
  !by.unit && !level.unit && !by.range && !level.range && /\bby\s+$/i.test(sentence.slice(0, by.start));
const isDuration = (m: NumberMention | null) => Boolean(m?.unit && DURATION_UNITS.has(m.unit) && !m.range);
const WORTH_BETWEEN = /^\s+(?:[a-z][\w-]*\s+){1,3}worth\s+$/i;
const isTermOf = (sentence: string, m: NumberMention) =>
  Boolean(m.unit && DURATION_UNITS.has(m.unit)) && /[-‐](?:year|month|week|day)$/i.test(sentence.slice(m.start, m.end));

const RECORD_FRAME = /[-‐](?:year|month|week|day|decade)s?\s+(?:highs?|lows?|record|peak)$/i;

function mergeMentions(sentence: string, mentions: NumberMention[]): NumberMention[] {
  const merged: NumberMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (!previous) {
      merged.push({ ...m });
      continue;
    }
    const between = sentence.slice(previous.end, m.start);
    const before = sentence.slice(0, previous.start);
    if (
      FROM_BEFORE.test(before) &&
      CHANGE_BEFORE.test(before) &&
      TO_BETWEEN.test(between) &&
      previous.reference === undefined &&
      !previous.range &&
      previous.unit === m.unit
    ) {
      const time = REFERENCE_TIME.exec(sentence.slice(m.end));
      merged[merged.length - 1] = {
        ...m,
        start: before.search(FROM_BEFORE),
        end: m.end + (time?.[0].length ?? 0),
        bound: m.bound,
        counted: m.counted ?? previous.counted,
        reference: previous.value,
        head: m.start,
      };
      continue;
    }
    // A fronted reference ("Compared with …, when the rate was 82 percent,") and the change after it.
    const fronted = sentence.slice(0, previous.start);
    if (
      FRONTED_REFERENCE.test(fronted) &&
      !/,/.test(fronted.replace(/,\s*(?:when|where)\b.*$/i, '')) &&
      /,/.test(between) &&
      CHANGE_NEAR.test(between) &&
      previous.reference === undefined &&
      !previous.range &&
      !m.range
    ) {
      merged[merged.length - 1] = { ...m, start: previous.start, reference: previous.value, head: m.start };
      continue;
    }
    // Rules 0.7.3: "6.8 billion pesos ($116 million)", "€80m (£69m)": an amount and its conversion in brackets are
    // one claim, the first amount's.
    const closing = /^\s*\)/.exec(sentence.slice(m.end));
    if (closing && CONVERSION_BETWEEN.test(between) && isMoney(m) && isMoney(previous) && !previous.range && !m.range) {
      previous.end = m.end + closing[0].length;
      continue;
    }
    const isReference =
      REFERENCE_BEFORE.test(sentence.slice(0, m.start)) &&
      !CLAUSE_BREAK.test(between) &&
      !countsOtherThings(previous, m) &&
      previous.reference === undefined &&
      previous.unit === m.unit &&
      (!COMPARED_BEFORE.test(sentence.slice(0, m.start)) || CHANGE_NEAR.test(sentence.slice(0, previous.start)));
    // Rules 0.7.5: "a 17-year high of 4.5%", "a three-month low of 1,020 points": the record's frame, then the level
    // it names; the level is the claim's value.
    if (/^\s+of\s+$/.test(between) && !m.range && RECORD_FRAME.test(sentence.slice(previous.start, previous.end))) {
      merged[merged.length - 1] = { ...m, start: previous.start };
      continue;
    }
    // Rules 0.7.8: "five drawings by Marren fetched $2.7 million": the items of a sale and its price are one claim,
    // the price's (not "sold for more than £1 million": a threshold counts the items).
    if (
      !isMoney(previous) &&
      previous.counted &&
      previous.bound === 'exact' &&
      isMoney(m) &&
      m.bound === 'exact' &&
      !m.range &&
      SALE_BETWEEN.test(between) &&
      !PRICE_EACH_OR_CHANGE_AFTER.test(sentence.slice(m.end))
    ) {
      merged[merged.length - 1] = { ...m, start: previous.start };
      continue;
    }
    // Rules 0.7.10: "a two-year pay deal worth 8.5%": a term before its noun and the noun's worth are one claim, the
    // worth's.
    if (isTermOf(sentence, previous) && WORTH_BETWEEN.test(between) && !m.range) {
      merged[merged.length - 1] = { ...m, start: previous.start };
      continue;
    }
    // "was third with 7,866 votes", "fell to fourth with 8.7 per cent": the rank's figure is the claim's value.
    if (previous.isOrdinal && !previous.counted && /^\s+with\s+(?:just\s+|only\s+)?$/i.test(between)) {
      merged[merged.length - 1] = { ...m, start: previous.start };
      continue;
    }
    const changeThenLevel = CHANGE_THEN_LEVEL.test(between) && isChangeAmount(sentence, previous);
    // Rules 0.7.10: "rose by 312 to 54,525": a change by a count and the level it reached are one claim, the level's
    // ("fell 9 percent to $71" stays two).
    if (changeThenLevel && isCountChange(sentence, previous, m)) {
      merged[merged.length - 1] = { ...m, start: previous.start };
      continue;
    }
    if (
      m.start < previous.end ||
      isReference ||
      (CONNECTOR.test(between) && !changeThenLevel && !previous.isTally && !isAfterAnArticle(sentence, between, m))
    ) {
      previous.end = Math.max(previous.end, m.end);
      if (isReference) {
        previous.reference = m.value;
        const time = REFERENCE_TIME.exec(sentence.slice(previous.end));
        if (time) previous.end += time[0].length;
      }
      continue;
    }
    merged.push({ ...m });
  }
  return merged;
}

// "the lowest level since 2000", "the highest in three decades", "the second-fastest time in history". Rules 0.7.4:
// a dated frame's year too ("the largest since the centre was founded in 1982"). Rules 0.7.8: after a possessive ("the
// sector’s largest deal in Europe since 2019", "Britain’s wettest June since 1910").
const RECORD_RE = new RegExp(
  String.raw`\b(?:(?:the|a|its|their|his|her)\s+(?:[\w-]+(?:[’']s|s[’'])\s+)?|[A-Z][\w-]*[’']s\s+)(?:(?:second|third|fourth|fifth)[- ])?${SUPERLATIVE}(?:\s+[\w’'-]+){0,6}?\s+(?:since|in|on record|ever|for|of any|in history)\b(?:(?:\s+[\w’'-]+){0,3}\s+in\s+(?:1[89]|20)\d\d\b|(?:\s+[\w’'-]+){0,4}(?:\s+in\s+(?:1[89]|20)\d\d\b)?)`,
  'gi',
);
// After a possessive the superlative must name its noun ("the sector’s largest deal since 2019"; not "the state’s
// deadliest since 1999", left to the sentence).
const POSSESSIVE_WITHOUT_NOUN = new RegExp(
  String.raw`^(?:(?:the|a|its|their|his|her)\s+)?[\w-]+(?:[’']s|s[’'])\s+${SUPERLATIVE}\s+(?:since|in|on|ever|for|of)\b`,
  'i',
);
// Rules 0.7.8: "the most important painting … ever to come to market", "the most beautiful building in the city": a
// superlative of judgement is a view, no record ("the most expensive painting ever sold" stays one).
const JUDGEMENT_SUPERLATIVE =
  /\b(?:most|least)\s+(?:important|significant|beautiful|remarkable|exciting|influential|talented|ambitious|interesting|impressive|iconic|memorable|inspiring|admired|respected|gifted|brilliant|extraordinary)\b/i;
// Rules 0.7.3: "handles more rail freight than any other European port", "costlier than any other city": a
// superlative said as a comparative.
const THAN_ANY_RE = /\b(?:more|less|fewer|(?:[a-z]{2,}er))\s+(?:[\w’'-]+\s+){0,4}?than\s+any(?:\s+other)?(?:\s+[\w’'-]+){1,3}/gi;
// "which makes it the largest single item", "remains the biggest employer": a superlative as the predicate.
const RECORD_PREDICATE_RE = new RegExp(
  String.raw`\b(?:is|was|are|were|remains?|remained|became|becomes|makes?\s+(?:it|them)|made\s+(?:it|them)|making\s+(?:it|them))\s+(?:now\s+|still\s+|already\s+)?(the\s+${SUPERLATIVE}(?:\s+(?!(?:in|on|at|of|for|and|or|to|from|by|with|since|than|that|which|who)\b)[a-z][\w’'-]*){1,3})(?=\s*[,;.]|\s*$)`,
  'gi',
);
const MULTIPLE_CHANGE =
  /\b(doubled|tripled|trebled|quadrupled|halved)\b(?:\s+(?:in|over|since|from|to)\b(?:\s+[\w’'-]+){1,3})?/gi;
const DANGLING_WORD = /\s+(?:in|on|at|of|for|the|a|an|and|or|to|from|by|with)$/i;
const MULTIPLES: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 };

type Found = { start: number; end: number; value: number | null };
const SINCE_AT_LEAST = /^(?:\s+[\w’'-]+){0,2}?\s+since\s+(?:at\s+least|as\s+far\s+back\s+as)\s+(?:1[89]|20)\d\d\b/i;

// "one of the three largest gas suppliers to Germany", "among the top five exporters": a rank among the top N.
const RANK_AMONG = new RegExp(
  String.raw`\b(?:one of|among) the (?:top\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:${SUPERLATIVE}\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+s\b(?:\s+(?:to|in|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?`,
  'gi',
);
const HAS_SUPERLATIVE = new RegExp(SUPERLATIVE, 'i');

function findRecords(sentence: string): Found[] {
  const found: Found[] = [];
  if (/\b(?:one of|among) the\s/i.test(sentence)) {
    for (const m of matchesOf(RANK_AMONG, sentence)) {
      if (!/\btop\s/i.test(m[0]) && !HAS_SUPERLATIVE.test(m[0])) continue;
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, value: null });
    }
  }
  const maySuperlative = /(?:est|most|least|fewest|best|worst)\b/i.test(sentence);
  if (maySuperlative) {
    for (const m of matchesOf(RECORD_RE, sentence)) {
      if (POSSESSIVE_WITHOUT_NOUN.test(m[0]) || JUDGEMENT_SUPERLATIVE.test(m[0])) continue;
      const text = m[0]
        .replace(/[\s,;:.]+$/, '')
        .replace(/(?:\s+(?:in|on|at|of|for|the|a|an|and|or|to|from|by|with|since))+$/i, ''); // not "… since the"
      const start = m.index ?? 0;
      // Rules 0.7.12: "the longest bus strike in the city since at least 1989": the frame's year past the words taken.
      const frame = SINCE_AT_LEAST.exec(sentence.slice(start + text.length));
      found.push({ start, end: start + text.length + (frame?.[0].length ?? 0), value: null });
    }
  }
  if (/\bthan any\b/i.test(sentence)) {
    for (const m of matchesOf(THAN_ANY_RE, sentence)) {
      const text = m[0].replace(/[\s,;:.]+$/, '').replace(DANGLING_WORD, '');
      const start = m.index ?? 0;
      if (!found.some((f) => f.start < start + text.length && start < f.end))
        found.push({ start, end: start + text.length, value: null });
    }
  }
  if (maySuperlative) {
    for (const m of matchesOf(RECORD_PREDICATE_RE, sentence)) {
      const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
      const end = (m.index ?? 0) + m[0].length;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, value: null });
    }
  }
  for (const r of recordsBesideFigures(sentence, maySuperlative))
    if (!found.some((f) => f.start < r.end && r.start < f.end)) found.push(r);
  if (/(?:ed)\b/.test(sentence)) {
    for (const m of matchesOf(MULTIPLE_CHANGE, sentence)) {
      const before = /((?:[\w’'-]+\s+){0,3})$/.exec(sentence.slice(0, m.index ?? 0));
      const start = (m.index ?? 0) - (before?.[1]?.length ?? 0);
      const text = m[0].replace(DANGLING_WORD, ''); // "tripled over 10 years in" ends at "years"
      found.push({ start, end: (m.index ?? 0) + text.length, value: MULTIPLES[(m[1] ?? '').toLowerCase()] ?? null });
    }
  }
  return found;
}

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// A statement tied to a date with a year: "acquitted … of all charges in November 2010".
const DATE_ANCHOR = new RegExp(
  String.raw`\b(?:in|on|since|during)\s+(?:(?:a|the)\s+(?=(?:1[89]|20)\d\d\s+[a-z]))?(?:(?:early|late|mid-?)\s*)?(?:${MONTHS}\s+(?:\d{1,2},?\s+)?)?(1[89]\d\d|20\d\d)\b`,
  'g',
);
// "has been offline since October 14", "since 14 October": a state held since a day of this or last year.
const SINCE_DAY = new RegExp(
  String.raw`\bsince\s+(?:${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS})\b(?!,?\s+\d)`,
  'g',
);
// Rules 0.7.12: "which did not allow women to spend a winter there until 1996": when a thing first happened, told
// with "not … until" and a year ("open until 2027" states no event).
const NOT_UNTIL = new RegExp(
  String.raw`\b(?:not|never)\s+(?:[\w’'-]+\s+){1,12}?until\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTHS}\s+(?:\d{1,2},?\s+)?)?(1[89]\d\d|20\d\d)\b`,
  'g',
);
const DATED = new RegExp(String.raw`\b(?:1[89]\d\d|20\d\d)\b|\b${MONTHS}\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b`);
const isDatedSentence = lastAnswer((text) => DATED.test(text));
const comparesSentence = lastAnswer(hasComparison);

const RELATIVE_PREDICATE =
  /\s(?:that|which|who)\s+(?:has|have|had)\s+(?:not\s+|never\s+|only\s+|since\s+)?(?:been\s+)?[a-z]+\s+since\b/g;
const PARTITIVE_FRAME = /^(?:Of|Among|Out of)\s+(?:the|its|their|all)\s/;

const FIGURE_AFTER_DATE = /^,?\s+(?:to|by|from)\s+(?:(?:about|around|nearly|almost|roughly|some|just|a|an|the)\s+)?$/i;

/** Date-anchored statements in a sentence that has figures elsewhere (before any figure of their clause). */
function findDatedClauses(
  sentence: string,
  taken: Array<{ start: number; end: number }>,
): Array<Found & { year: number | null }> {
  const found: Array<Found & { year: number | null; isMainClause: boolean }> = [];
  const anchors = [
    ...matchesOf(DATE_ANCHOR, sentence),
    ...(/\bsince\s/.test(sentence) ? matchesOf(SINCE_DAY, sentence) : []),
    ...(/\buntil\s/.test(sentence) ? matchesOf(NOT_UNTIL, sentence) : []),
  ];
  for (const m of anchors) {
    const at = m.index ?? 0;
    // "since a 2023 summit": the year qualifies the noun after it, which the claim takes.
    const noun = /^\s+(?:a|the)\s/i.test(m[0].replace(/^\S+/, ''))
      ? /^\s+[a-z][\w’'-]*/.exec(sentence.slice(at + m[0].length))
      : null;
    const end = at + m[0].length + (noun?.[0].length ?? 0);
    let clauseStart = Math.max(
      0,
      ...matchesOf(/;|, (?:but|while|and|which|who|whose) /g, sentence.slice(0, at)).map((b) => (b.index ?? 0) + b[0].length),
      // "a standard of 92% that has not been met since 2015": a relative clause after a figure is a statement of its own.
      ...matchesOf(RELATIVE_PREDICATE, sentence.slice(0, at + m[0].length)).map((b) => (b.index ?? 0) + 1),
    );
    // Rules 0.7.1: "The reactor, which can produce up to 1,130 megawatts, has been offline since October 14": the
    // main clause goes on after a relative clause between commas, and is a statement of its own.
    const closing = /, (?:which|who|whose) $/.test(sentence.slice(0, clauseStart))
      ? /,\s+(?=[a-z])/.exec(sentence.slice(clauseStart, at))
      : null;
    if (closing) clauseStart += closing.index + closing[0].length;
    // "Of the seven attempts … since 2019, only three have succeeded": a fronted partitive frames the figure after it.
    if (PARTITIVE_FRAME.test(sentence.slice(clauseStart, at)) && /,/.test(sentence.slice(at))) continue;
    if (taken.some((t) => t.start < end && clauseStart < t.end)) continue;
    // Rules 0.7.6: "Fees rose in September 2025 to £9,535 a year": the date is the time of the change whose level
    // follows it, no statement of its own.
    if (taken.some((t) => t.start >= end && FIGURE_AFTER_DATE.test(sentence.slice(end, t.start)))) continue;
    found.push({ start: clauseStart, end, value: null, year: m[1] ? Number(m[1]) : null, isMainClause: closing !== null });
  }
  // Rules 0.7.8: "Marren, who was born … in 1921, died in 2009 at the age of 87": the main clause after a relative
  // clause is dated on its own too, beside the relative clause's date.
  const first = found[0];
  return first ? [first, ...found.filter((f) => f.isMainClause && f !== first && f.start >= first.end).slice(0, 1)] : [];
}

const SUBJECT_APPOSITIVE = /^((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*),\s+(?:the|a|an)\s+[^,;]*?,\s+(?=[a-z])/;

function draftClaims(
  paragraphs: Paragraph[],
  withKinds: boolean,
): {
  drafts: Draft[];
  sentenceKinds: Set<ClaimKind>[];
  sentenceRules: RuleHits[];
} {
  const sentenceRules: RuleHits[] = [];
  const drafts: Draft[] = [];
  const sentenceKinds: Set<ClaimKind>[] = [];
  let sentenceIndex = 0;
  paragraphs.forEach((p, paragraphIndex) => {
    for (const sentence of p.sentences) {
      const found = findMentions(sentence);
      // The sentence's kinds are for the text's kinds (analyseText) only.
      if (withKinds) {
        const rules = ruleHitsOf(sentence.text);
        sentenceRules.push(rules);
        sentenceKinds.push(kindsOfSentence(found.all, rules));
      }
      const base = {
        role: p.role,
        sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
        sentenceIndex,
        paragraphIndex,
        record: null,
        dated: null,
        speaker: null,
        isQuote: false,
        scope: null,
        hasTimeExpression: false,
        score: 0,
      };
      sentenceIndex++;
      if (p.role === 'kicker') continue; // a section label, not a statement
      const text = sentence.text.trimEnd();
      // The sentence's first clause, as a whole; rules 0.7.8: past a role between commas after the opening name
      // ("Chief Constable Gavin Thorpe, the council's lead for …, said forces would double …").
      const predictive =
        isPredictive(text, 0, false) ||
        (SUBJECT_APPOSITIVE.test(text) && isPredictive(text.replace(SUBJECT_APPOSITIVE, '$1 '), 0, false));
      const spans: Array<{ start: number; end: number; mention: NumberMention | null; record: Found | null }> = mergeMentions(
        sentence.text,
        found.mentions,
      ).map((m) => ({ ...spanOf(sentence.text, m), mention: m, record: null }));
      for (const r of predictive ? [] : findRecords(sentence.text)) {
        // "revenue more than doubled to £142.6m from £58.9m": the multiple and the level it reached are one claim.
        const reached = r.value !== null ? /^\s+to\s+/.exec(sentence.text.slice(r.end)) : null;
        // Rules 0.7.10: "the best offer … have had in more than 20 years": the record and the span it holds over.
        const over = /^\s+(?:in|for|over)\s+/.exec(sentence.text.slice(r.end));
        const overlapping = spans.filter(
          (x) =>
            (x.start < r.end && r.start < x.end) ||
            (reached !== null && x.start === r.end + reached[0].length) ||
            (over !== null && x.start === r.end + over[0].length && isDuration(x.mention)),
        );
        if (overlapping.length === 0) spans.push({ start: r.start, end: r.end, mention: null, record: r });
        for (const x of overlapping) {
          x.start = Math.min(x.start, r.start);
          x.end = Math.max(x.end, r.end);
          x.record = r;
        }
      }
      for (const x of spans) {
        drafts.push({
          ...base,
          start: sentence.start + x.start,
          end: sentence.start + x.end,
          mention: x.mention,
          record: x.record ? { value: x.record.value } : null,
        });
      }
      // A sentence whose only numerals are structural ("three-way talks … since a 2023 summit") may still
      // state a dated fact.
      if (spans.length > 0 || (found.dropped > 0 && found.mentions.length === 0)) {
        if (!predictive) {
          for (const d of findDatedClauses(sentence.text, spans).filter((x) => !isPredictive(sentence.text, x.end - 1))) {
            drafts.push({
              ...base,
              start: sentence.start + d.start,
              end: sentence.start + d.end,
              mention: null,
              dated: { year: d.year },
            });
          }
          const lead = leadClause(sentence, spans);
          if (lead && !POSITION.test(lead) && !OPINION.test(lead))
            drafts.push({ ...base, start: sentence.start, end: sentence.start + lead.length, mention: null });
        }
        continue;
      }
      if (found.dropped > 0 || text.split(/\s+/).length < 5) continue;
      if (predictive || POSITION.test(text) || OPINION.test(text)) continue;
      for (const [start, end] of datedParts(text))
        drafts.push({ ...base, start: sentence.start + start, end: sentence.start + end, mention: null });
    }
  });
  return { drafts, sentenceKinds, sentenceRules };
}

// Rules 0.7.12: "She married … in 1967; he died in 2015": clauses joined by a semicolon, each with a year of its
// own, are two dated statements.
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;
function datedParts(text: string): Array<[number, number]> {
  const cut = text.indexOf(';');
  const [head, tail] = [text.slice(0, cut), text.slice(cut + 1)];
  if (cut < 0 || text.indexOf(';', cut + 1) >= 0 || !YEAR.test(head) || !YEAR.test(tail)) return [[0, text.length]];
  const tailStart = cut + 1 + (/^\s*/.exec(tail)?.[0].length ?? 0);
  return [
    [0, cut],
    [tailStart, text.length],
  ];
}

// Rules 0.7.0: "The lander touched down near the pole at 06:42 GMT on Tuesday, making Europe the sixth …", "the
// regulator rated the department inadequate, after inspectors found patients waiting up to 50 hours": an event
// told in a leading clause with no figure of its own is a claim beside the figures of the clause after it.
const LEAD_CLAUSE_END = /,\s+(?:making|leaving|bringing|becoming|after|before|when|following)\s/;
const SUBORDINATE_START =
  /^(?:if|when|while|as|after|before|although|though|because|since|unless|once|until|with|without|despite|in|on|at|for|by|from|of|among|to|under|over)\b/i;

function leadClause(sentence: AnalysedSentence, spans: ReadonlyArray<{ start: number }>): string | null {
  const end = LEAD_CLAUSE_END.exec(sentence.text);
  if (!end || spans.some((x) => x.start < end.index)) return null;
  const lead = sentence.text.slice(0, end.index);
  if (/[,;“”"]|:(?!\d)/.test(lead) || SUBORDINATE_START.test(lead) || lead.split(/\s+/).length < 6) return null;
  // A finite verb of its own: a past tense ("touched", "rated", "won") after the subject.
  const verbs = sentence.tokens.filter((t) => t.end - sentence.start <= end.index && t.pos === 'VERB');
  return verbs.some((t) => /(?:ed|won|found|came|went|took|made|fell|rose|hit|struck|became|began|left|lost|beat)$/i.test(t.text))
    ? lead
    : null;
}

/** The span a mention claims: "met twice" takes its verb, "sixth call this year" its time. */
function spanOf(sentence: string, m: NumberMention): { start: number; end: number } {
  let start = m.start;
  let end = m.end;
  if (m.isMultiple) {
    const verb = /([\w’'-]+)\s+$/.exec(sentence.slice(0, m.start));
    if (verb) start = verb.index;
  }
  const trailing = TRAILING_TIME.exec(sentence.slice(m.end));
  if (trailing && (m.isMultiple || m.isOrdinal)) end += trailing[0].length;
  return { start, end };
}

// Stage 4: attribute. Quotations and speech verbs per paragraph, people in text order.
function attribute(paragraphs: Paragraph[], drafts: Draft[]): void {
  const people = new PersonTracker();
  // Each paragraph's drafts, gathered once (a long text has thousands of both).
  const byParagraph = new Map<number, Draft[]>();
  for (const d of drafts) {
    const own = byParagraph.get(d.paragraphIndex);
    if (own) own.push(d);
    else byParagraph.set(d.paragraphIndex, [d]);
  }
  paragraphs.forEach((p, index) => {
    const masked = maskQuotes(p.span.text);
    people.observe(p.span.text, p.span.start, (at) => masked[at - p.span.start] === '¶');
    const own = byParagraph.get(index);
    if (!own) return; // people are tracked through every paragraph
    const attributions = findAttributions(p.span.start, masked, people);
    const quotes = findQuotes(p.span.text, p.span.start, attributions);
    for (const d of own) attributeDraft(d, quotes, attributions);
  });
  // "the press service", "the mayor": the name the article gives them, where it gives one.
  const roles = new Map<string, string>();
  let whole: string | null = null;
  for (const d of drafts) {
    if (!d.speaker || !/^the\s/i.test(d.speaker)) continue;
    whole ??= paragraphs.map((p) => p.span.text).join('\n');
    const named = roles.get(d.speaker) ?? namedRole(d.speaker, whole);
    roles.set(d.speaker, named);
    d.speaker = named;
  }
}

function attributeDraft(d: Draft, quotes: QuoteSpan[], attributions: Attribution[]): void {
  const inside = quotes.find((q) => q.start <= d.start && d.end <= q.end);
  if (inside) {
    d.isQuote = true;
    d.speaker = inside.speaker;
    return;
  }
  if (!d.mention) {
    // A sentence claim inside a quotation is the quoted words of that sentence.
    const overlapping = quotes.find((q) => q.start < d.end && d.start < q.end && q.text.trim().split(/\s+/).length >= 4);
    if (overlapping) {
      d.start = Math.max(d.start, overlapping.start);
      d.end = Math.min(d.end, overlapping.end);
      d.isQuote = true;
      d.speaker = overlapping.speaker;
      return;
    }
  }
  d.speaker = reportedSpeaker(attributions, d.sentence, d.start);
}

/**
 * Reported speech: "Putin said the two countries had 5 projects" or "…5 projects, Putin said"
 * → Putin. The speech verb must be in the claim's sentence; the nearest one before wins.
 */
function reportedSpeaker(attributions: Attribution[], sentence: Span, start: number): string | null {
  const inSentence = attributions.filter((a) => a.verb >= sentence.start && a.verb < sentence.end);
  const before = inSentence.filter((a) => a.verb < start);
  const last = before[before.length - 1];
  // Rules 0.7.4: "…, the company said on Saturday, sending its shares up 7.8%", "…, the company said, even though
  // copper prices averaged $9,640": what the outlet adds after the attribution is its own.
  const between = last ? sentence.text.slice(last.verb - sentence.start, start - sentence.start) : '';
  if (last && (OUTLET_AFTER_ATTRIBUTION.test(between) || ACCORDING_THEN_CLAUSE.test(between))) return null;
  if (last) return last.speaker;
  const later = inSentence.find((a) => a.verb > start);
  // Rules 0.7.5: "The city cut the speed limit on 40 streets, after police said that crashes had doubled": a speech
  // verb in a subordinate clause after the claim speaks of that clause only.
  if (later && SUBORDINATE_ATTRIBUTION.test(sentence.text.slice(start - sentence.start, later.verb - sentence.start)))
    return null;
  return later?.speaker ?? null;
}
// Rules 0.7.6: so does one in a concessive clause (", though Ofwat said none of it …") or in the clause after a
// semicolon whose subject it has ("…; the commission said it had received …").
const SUBORDINATE_ATTRIBUTION =
  /(?:,\s+(?:after|before|when|because|since|until|once|(?:even\s+)?though|although|whereas)\s+|;\s*)[^,;]*$/i;
// Rules 0.7.4: "…, according to Environment Canada, and the Peace River fell to …": "according to" covers its own
// clause, not one about something else the outlet joins after it ("…, but only 620 of them …" goes on with it).
// Rules 0.7.10: and one whose lower-case subject has a verb of its own ("…, and the union had asked for 12%").
const ACCORDING_THEN_CLAUSE =
  /^according to\s[^,;]*[,;]\s*(?:and|while|whereas)\s+(?:the\s+)?(?:[A-Z]|[a-z][\w’'-]*\s+(?:had|has|have|was|were|is|are)\b)/;
const OUTLET_AFTER_ATTRIBUTION =
  /^[^,;]*,\s+(?:(?:sending|pushing|driving|knocking|dragging|lifting)\s+(?:its|their|the)\s+(?:shares?|stocks?|prices?|index|currency)|(?:even\s+)?though|although|whereas)\b/i;

// Stage 5: scope. The time a claim speaks of: first the words right around its figure ("3.9
// percent in May, the lowest since 2000" is May), then its sentence.
// "lifted its payout by 7 percent and intends to buy back shares next year": the time after a
// coordinated future predicate belongs to that plan, not to the fact before it.
const FUTURE_PREDICATE =
  /\s(?:and|but)\s+(?:[\w’'-]+\s+){0,4}?(?:plans?|intends?|expects?|will|would|aims?|hopes?|(?:is|are)\s+(?:set|due|expected)|pledged|promised)\b/i;

const futurePredicateOf = lastAnswer((text) => FUTURE_PREDICATE.exec(text));

function scope(drafts: Draft[], publishedAt: Date | null): void {
  for (const d of drafts) {
    const whole = d.sentence.text;
    const future = futurePredicateOf(whole);
    const s = future && d.end - d.sentence.start <= future.index ? whole.slice(0, future.index) : whole;
    // A change read from its reference ("from 2,500 in 2022 to 4,000 in 2023") speaks of the figure reached.
    const from = d.mention?.head ?? d.start - d.sentence.start;
    const to = d.end - d.sentence.start;
    const rest = s.slice(to);
    const clauseEnd = rest.search(/[,;:—–(]|\s-\s/);
    const local = s.slice(from, clauseEnd < 0 ? s.length : to + clauseEnd);
    const m = d.mention;
    if (m?.isOrdinal && /^anniversar/i.test(m.counted ?? '')) {
      d.scope = anniversaryBase(s.slice(m.start), m.value, publishedAt);
      d.hasTimeExpression = true;
      continue;
    }
    // Rules 0.7.4: "its lowest output since it opened in 2009", "the largest since the centre was founded in 1982": a
    // record whose frame is a dated event runs from that year to publication, as "the lowest since 2009" does.
    const since = d.record ? RECORD_SINCE_EVENT.exec(whole.slice(d.start - d.sentence.start, to)) : null;
    if (since) {
      d.scope = resolveTimeScope(`since ${since[1]}`, publishedAt);
      d.hasTimeExpression = true;
      continue;
    }
    const plain = withoutAsides(s, from, to, hasAsideWord(whole));
    // "38 percent more than we did five years ago, and … since September": the clause's reference time
    // is not the claim's, nor is another clause's.
    const near = plain.slice(from, from + local.length);
    d.scope = resolveTimeScope(near, publishedAt) ?? (datesReference(near) ? null : resolveTimeScope(plain, publishedAt));
    d.hasTimeExpression = d.scope !== null || TEMPORAL_EXPRESSION.test(m ? local : s);
  }
}

// A relative clause about someone else ("Labour, which came second in 2024, fell to fourth") and a
// clause that starts a record's span ("the highest since it opened in 1997", "since records began in
// 1861") date neither the claim beside them nor the record: blanked (same length) unless they hold the claim.
const RELATIVE_ASIDE = /,\s*(?:which|who|whose)\b[^,;]*/gi;
const SINCE_CLAUSE =
  /\bsince\s+(?!(?:early|late|mid|\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:[\w’'-]+\s+){1,2}(?:began|opened|started|was|were|took|came|joined|launched|founded)\b[^,;]*/gi;
// "a standard of 92% that has not been met since 2015": the since-clause dates the standard's record, not the figures beside it.
const RELATIVE_SINCE =
  /\b(?:that|which|who)\s+(?:has|have|had)\s+(?:not\s+|never\s+|only\s+)?(?:been\s+)?[a-z]+\s+since\b[^,;]*/gi;
const RECORD_SINCE_EVENT =
  /\bsince\s+(?:[\w’'-]+\s+){1,2}(?:(?:was|were)\s+)?(?:began|opened|started|took|came|joined|launched|founded|opened|built|created|formed|established|introduced)\b[^,;]*?\bin\s+((?:1[89]|20)\d\d)\b/i;
const RECORD_BEFORE = /\b(?:[a-z]{3,}est|most|least|record|best|worst)\b[^,;]*$/i;

// The words an aside starts with; a sentence without them (looked at once per sentence) has no aside.
const ASIDE_WORD = /\b(?:which|who|whose|since)\b/i;
const hasAsideWord = lastAnswer((text) => ASIDE_WORD.test(text));

function withoutAsides(whole: string, from: number, to: number, mayHaveAside: boolean): string {
  // "Ten years ago, 40 per cent had broadband; today 95 per cent do": a semicolon ends the time's reach.
  const sentence = whole.includes(';')
    ? whole.replace(/[^;]+/g, (part: string, at: number) => blankOutside(part, at, from, to))
    : whole;
  if (!mayHaveAside || !ASIDE_WORD.test(sentence)) return sentence;
  // "…, said the farmer, who crops 4,200 hectares": a claim inside the aside takes its time from the aside only.
  for (const m of matchesOf(RELATIVE_ASIDE, sentence)) {
    const at = m.index ?? 0;
    if (at <= from && to <= at + m[0].length) return ' '.repeat(at) + m[0] + ' '.repeat(sentence.length - at - m[0].length);
  }
  return sentence
    .replace(RELATIVE_ASIDE, (m: string, at: number) => blankOutside(m, at, from, to))
    .replace(RELATIVE_SINCE, (m: string, at: number) => blankOutside(m, at, from, to))
    .replace(SINCE_CLAUSE, (m: string, at: number) =>
      at >= from && RECORD_BEFORE.test(sentence.slice(0, at)) ? ' '.repeat(m.length) : m,
    );
}

const blankOutside = (part: string, at: number, from: number, to: number) =>
  at < to && from < at + part.length ? part : ' '.repeat(part.length);

// Stage 6: score, then keep what a fact-checker would pick and drop restatements.
// The sentence scores come before stage 4: a draft without a figure whose sentence scores too low
// is dropped there (attribution and scope change neither its score nor its threshold).

/** The sentence model's scores: of the drafts' sentences, or of every sentence (the text's check-worthiness). */
function sentenceScoresOf(paragraphs: Paragraph[], drafts: Draft[], every: boolean): number[] {
  const sentences = paragraphs.flatMap((p) => p.sentences);
  const needed = every ? sentences.map((_, i) => i) : [...new Set(drafts.map((d) => d.sentenceIndex))];
  const scored = scoreSentences(needed.map((i) => sentences[i] as AnalysedSentence));
  const sentenceScores: number[] = [];
  needed.forEach((i, k) => (sentenceScores[i] = scored[k] ?? 0));
  return sentenceScores;
}

/** A figure or a record is kept; a sentence claim only when its sentence is check-worthy enough. */
function isCandidate(d: Draft, sentenceScores: number[]): boolean {
  const threshold = d.dated || isDatedSentence(d.sentence.text) ? DATED_CLAIM_THRESHOLD : SENTENCE_CLAIM_THRESHOLD;
  return Boolean(d.mention || d.record) || (sentenceScores[d.sentenceIndex] ?? 0) >= threshold;
}

// Rules 0.7.1: quoted words with no figure, record, date or comparison ("This is real money for people who lost real
// money," "We have enough capacity, but the margins are thin,") are a view, not a checkable fact; a claim that
// nothing else is so ("No other city in the region has done that.") or a denial of a past event ("We did not
// receive any warning") stays.
const FACT_IN_QUOTE =
  /\b(?:no other|nobody else|no one else|none of the|the only|never|not a single|(?:did|had|was|were)\s+not)\b|\b(?:didn|hadn|wasn|weren)[’']t\b/i;

function isQuotedView(d: Draft): boolean {
  if (!d.isQuote || d.mention || d.record || d.dated || d.hasTimeExpression) return false;
  const text = d.sentence.text.slice(d.start - d.sentence.start, d.end - d.sentence.start);
  // Rules 0.7.3: "grown a big crop", "grew a beard": to grow something is no change of a figure.
  const compared = text.replace(
    /\b(?:grow|grows|grew|grown)\s+(?=(?:a|an)\s+(?!(?:lot|little|bit|great|good|fair|further|record)\b))/gi,
    'produced ',
  );
  return !hasComparison(compared) && !DATED.test(text) && !FACT_IN_QUOTE.test(text);
}

function score(drafts: Draft[], sentenceScores: number[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    if (isQuotedView(d)) continue;
    const sentenceScore = sentenceScores[d.sentenceIndex] ?? 0;
    d.score = scoreClaim(sentenceScore, d.mention ?? (d.record ? RECORD_AS_FIGURE : null), {
      hasScope: d.scope !== null || d.hasTimeExpression,
      isQuote: d.isQuote,
      hedged: isHedgedSentence(d.sentence.text),
    });
    kept.push(d);
  }
  return dropRestated(kept);
}

/** A figure the headline or dek restates from the body, or the body repeats, is claimed once. */
function dropRestated(drafts: Draft[]): Draft[] {
  const valueKey = (d: Draft) => (d.mention ? `${d.mention.value}|${d.mention.unit ?? ''}|${d.mention.isOrdinal}` : null);
  const countedKey = (d: Draft) => {
    const head = (d.mention?.counted ?? '').split(/\s+/).pop()?.toLowerCase();
    return head ? `${valueKey(d)}|${head}` : null;
  };
  const byValue = new Map<string, Draft>();
  const byCounted = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.role !== 'body') continue;
    const v = valueKey(d);
    const c = countedKey(d);
    if (v && !byValue.has(v)) byValue.set(v, d);
    if (c && !byCounted.has(c)) byCounted.set(c, d);
  }
  return drafts.filter((d) => {
    const v = valueKey(d);
    const c = countedKey(d);
    const first =
      d.role === 'body'
        ? c
          ? byCounted.get(c)
          : undefined
        : ((c ? byCounted.get(c) : undefined) ?? (v ? byValue.get(v) : undefined));
    if (!first || first === d) return true;
    // The body's first mention keeps the narrowest time scope any restatement gives.
    if (d.scope && (!first.scope || spanDays(d.scope) < spanDays(first.scope))) first.scope = d.scope;
    first.score = Math.max(first.score, d.score);
    return false;
  });
}

const spanDays = (s: TimeScope) => (Date.parse(s.end) - Date.parse(s.start)) / 86_400_000;

// ---------------------------------------------------------------------------------------------
// Output: kinds and the contract's fields.

function kindsOf(m: NumberMention): { kind: ClaimKind; kinds: ClaimKind[] } {
  if (m.isOrdinal && /^anniversar/i.test(m.counted ?? '')) return { kind: 'temporal', kinds: ['temporal', 'ordinal'] };
  if (m.isOrdinal) return m.counted ? { kind: 'count', kinds: ['count', 'ordinal'] } : { kind: 'ordinal', kinds: ['ordinal'] };
  if (m.isMultiple) return { kind: 'count', kinds: ['count'] };
  // A duration stated as fact is a quantity (the guideline); temporal comes from a date or a time scope.
  if (m.unit && DURATION_UNITS.has(m.unit)) return { kind: 'quantity', kinds: ['quantity'] };
  if (m.unit || m.range || m.value >= 1000 || !Number.isInteger(m.value)) return { kind: 'quantity', kinds: ['quantity'] };
  return { kind: 'count', kinds: ['count'] };
}

/** The kinds a sentence speaks in: its figures, its time, a comparison, someone's words. */
function kindsOfSentence(mentions: NumberMention[], rules: RuleHits): Set<ClaimKind> {
  const kinds = new Set<ClaimKind>();
  for (const m of mentions) for (const k of kindsOf(m).kinds) kinds.add(k);
  if (rules.temporal) kinds.add('temporal');
  if (rules.comparison) kinds.add('comparison');
  if (rules.quote) kinds.add('quote');
  return kinds;
}

function bounds(m: NumberMention): { low: number | null; high: number | null } {
  if (m.range) return m.range;
  if (m.bound === 'upper') return { low: null, high: m.value };
  if (m.bound === 'lower') return { low: m.value, high: null };
  return { low: m.value, high: m.value };
}

const PERIOD_RECORD = /[-‐](?:year|month|week|decade)\s+(?:highs?|lows?|record|peak)$/i;

function toClaim(d: Draft, rules: RuleHits | undefined): ExtractedClaim {
  const s = d.sentence;
  const text = s.text.slice(d.start - s.start, d.end - s.start);
  const compares = rules ? rules.comparison : comparesSentence(s.text);
  const m = d.mention;
  let kind: ClaimKind;
  let kinds: ClaimKind[];
  if (d.record) {
    kind = 'comparison';
    kinds = m ? ['comparison', ...kindsOf(m).kinds] : ['comparison'];
  } else if (m) {
    ({ kind, kinds } = kindsOf(m));
    if (compares) kinds.push('comparison');
    if (PERIOD_RECORD.test(text)) {
      kind = 'comparison'; // "a 41-year high": the guideline's "X-month low"
      kinds = ['comparison', ...kinds.filter((k) => k !== 'comparison')];
    }
  } else if (d.dated) {
    kind = 'temporal';
    kinds = ['temporal'];
  } else {
    kind =
      YEAR.test(text) && d.hasTimeExpression ? 'temporal' : compares ? 'comparison' : d.hasTimeExpression ? 'temporal' : 'other';
    kinds = [kind];
  }
  if (d.hasTimeExpression && !kinds.includes('temporal')) kinds.push('temporal');
  if (d.isQuote) kinds.push('quote');
  // A dated statement with no figure of its own carries its year as the value ("in November 2010").
  const year = !m && d.hasTimeExpression ? YEAR.exec(text) : null;
  const value = m
    ? m.range || m.isTally
      ? null
      : m.value
    : d.record
      ? d.record.value
      : d.dated
        ? d.dated.year
        : year
          ? Number(year[1])
          : null;
  return {
    kind,
    kinds,
    start: d.start,
    end: d.end,
    text,
    sentence: s.text,
    sentenceStart: s.start,
    value,
    ...(m && !m.range && value !== m.value ? { low: value, high: value } : m ? bounds(m) : { low: value, high: value }),
    unit: m?.unit ?? null,
    counted: m?.counted ?? null,
    place: m?.place ?? null,
    bound: m ? m.bound : null,
    hedged: m ? m.bound !== 'exact' || isHedgedSentence(s.text) : isHedged(text),
    speaker: d.speaker,
    isQuote: d.isQuote,
    timeStart: d.scope?.start ?? null,
    timeEnd: d.scope?.end ?? null,
    checkworthiness: d.score,
  };
}

export type TextAnalysis = {
  claims: ExtractedClaim[];
  /** The sentence model's score of the text's most check-worthy sentence. */
  checkworthiness: number;
  /** The text's kinds (see kinds/text-kinds.ts), and the one that says most. */
  kinds: TextKind[];
  kind: TextKind | null;
};

/**
 * Extracts checkable claims from article text in one straight line of stages: segment → find
 * mentions → merge into claims → attribute → scope → score. Pure and deterministic: the same
 * text and publication date always give the same claims, in text order. With `wholeText` it also
 * scores every sentence and reads its kinds (analyseText); the claims alone need neither.
 */
function runStages(text: string, options: ExtractOptions, wholeText = false) {
  const publishedAt = toDate(options.publishedAt);
  const segmented = segment(text);
  const { drafts, sentenceKinds, sentenceRules } = draftClaims(segmented, wholeText);
  const sentenceScores = sentenceScoresOf(segmented, drafts, wholeText);
  const candidates = drafts.filter((d) => isCandidate(d, sentenceScores));
  attribute(segmented, candidates);
  scope(candidates, publishedAt);
  const kept = score(candidates, sentenceScores);
  const claims = kept.map((d) => toClaim(d, sentenceRules[d.sentenceIndex])).sort((a, b) => a.start - b.start || a.end - b.end);
  return { segmented, sentenceKinds, sentenceRules, sentenceScores, claims };
}

/** The claims of a text (runStages), its check-worthiness and its kinds (the kinds model reads every sentence). */
export function analyseText(text: string, options: ExtractOptions = {}): TextAnalysis {
  const { segmented, sentenceKinds, sentenceRules, sentenceScores, claims } = runStages(text, options, true);
  const sentences = segmented.flatMap((p) => p.sentences);
  // A claim's temporal or comparison kind counts for its sentence too.
  const indexOf = new Map(sentences.map((s, i) => [s.start, i]));
  for (const c of claims) for (const k of c.kinds) sentenceKinds[indexOf.get(c.sentenceStart) ?? -1]?.add(k);
  const { kinds, kind } = textKinds(
    sentences.map((s, i) => ({ text: s.text, kinds: sentenceKinds[i] ?? new Set(), rules: sentenceRules[i] })),
  );
  return { claims, checkworthiness: Math.max(0, ...sentenceScores), kinds, kind };
}

/** The claims of a text only (ingest): the text's kinds are not worked out. */
export function extractClaims(text: string, options: ExtractOptions = {}): ExtractedClaim[] {
  return runStages(text, options).claims;
}
