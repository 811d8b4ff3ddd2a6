import { matchesOf } from './matches';
import type { NumberMention } from './mentions';

/**
 * Numerals that structure the text rather than assert a fact (the guideline's "trivial"
 * numerals): a count of participants already named ("the two leaders", "the two reviewed"),
 * "one of …", "number one ally", "one or two others", "the one alliance", "first interest",
 * "the second half", and periods that only frame another number ("in the 12 months to March").
 */
const SMALL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|both)$/i;
const DEFINITE_BEFORE = /\b(?:the|these|those|this|that|its|their|his|her|our|both)\s+$/i;
const VAGUE_PAIR = /^\s*or\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const VAGUE_PAIR_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine)\s+or\s+$/i;
// "first"/"second" rank something only with a frame: "the first deaths in a decade", "first time since".
const RANK_FRAME =
  /^[^,;.]{0,60}?\b(?:in|since|ever|of (?:the|his|her|their|its) (?:year|season|career|century|decade))\b|^\s+(?:[\w-]+\s+)?(?:that\s+|which\s+)?(?:she|he|they|it|we|I)\s+(?:has|have|had|was|were|is|did|ever)\b/i;
// Rules 0.7.15: "ranked 11th …, and second outside London", "came second behind Spain": a
// rank with the place or rival that scopes it, right after the ordinal.
const RANK_SCOPE_AFTER = /^\s+(?:only\s+)?(?:outside|behind)\s+(?:the\s+)?[A-Z]/;
const REPEATED_PERIOD =
  /^(?:(?:straight|consecutive|successive|running)\s+)?(?:years?|times?|seasons?|months?|weeks?|days?|quarters?|terms?|nights?)$/i;
const CURRENT_PERIOD_AFTER = /^\s+(?:this|last)\s+(?:year|season|summer|winter|spring|autumn|month|week|decade|century)\b/i;
// Rules 0.7.3: and the place in a series of doses or payments ("the first dose of the vaccine", "the second
// instalment"), which names the thing measured, not a rank.
const PERIOD_NOUN =
  /^(?:half|halves|quarter|quarters|round|leg|stage|period|phase|part|doses?|jabs?|instal(?:l)?ments?|tranches?)\b/i;
const QUANTILE_BEFORE = /\b(?:the|a)\s+(?:(?:most|least)\s+[a-z-]+|[a-z]{3,}est|top|bottom)\s+$/i;
const ROUND_OF_ACTIONS = /^(?:\s+round)?\s+of\s+(?!the\b)(?:[a-z-]+\s+)?[a-z-]+s\b/i;
const PURPOSE_BEFORE =
  /\b(?<!\b(?:designed|built|engineered|able|enough|capable of|rated)\s+)(?:to (?:meet|reach|hit|achieve|keep|hold|stay (?:below|under|within))|limit(?:s|ing)? [\w-]+ to|aim(?:s|ing)? for)\s+(?:the\s+|a\s+|an\s+)?$/i;
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'decade', 'hour', 'minute']);
const SCHEDULED_EVENT_AFTER =
  /^\s+of\s+(?:[\w-]+\s+)?(?:talks|meetings|negotiations|consultations|discussions|mourning|celebrations?|festivities|events|hearings)\b/i;
const OBSERVANCE_BEFORE = /\b(?:half[- ](?:staff|mast)|national mourning|days? of mourning)\s+for\s+$/i;
const FORECAST_NOUN = /^\s*(?:[\w-]+\s+)?(?:outlooks?|forecasts?|projections?|plans?|strategy|strategies|roadmaps?|targets?)\b/i;
const INSTRUMENT_AFTER =
  /^\s+(?:[A-Z][\w’'-]*\s+)?(?:government\s+|fixed[- ]rate\s+|benchmark\s+)?(?:bonds?|bond\s+yields?|notes?|bills?|gilts?|yields?|Treasur(?:y|ies)|Bunds?|swaps?|mortgages?|mortgage\s+rates?|deposits?|borrowing\s+costs?)\b/i;
const AVERAGE_OF_FIGURE_AFTER =
  /^\s+(?:rolling\s+|long-term\s+)?(?:average|median|mean|norm)\s+(?:of|at)\s+(?:(?:about|around|roughly|nearly|almost|just over|just under)\s+)?[-−]?[\d$€£¥]/i;
const TYPE_COMPOUND_AFTER =
  /^-(?:bed|bedroom|bedroomed|room|roomed|door|storey|story|floor|lane|star|seat|seater|wheel|wheeled|wheeler|piece|cylinder|engine|speed|berth|page)\s+[a-z]/i;
const AVERAGE_AFTER = /^\s+(?:rolling\s+|long-term\s+|historical\s+)?(?:average|median|mean|norm)\b/i;
const PERIOD_FRAME = /\b(?:in|over|during|within|for|across) the (?:past |last |previous |first |latest )?$/i;

const OTHER_FIGURE = /(?<![\w-])\d|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i; // not the 19 of "Covid-19"
const AGE_GROUP_BEFORE =
  /\b(?:people|those|adults|residents|patients|women|men|workers|drivers|children|pupils|voters|households|pensioners|anyone|everyone)\s+(?:aged\s+)?$/i;

// Rules 0.7.10: "Two other unions, the NASUWT and the Scottish Secondary Teachers’ Association, are still balloting":
// "other" things counted and named right after it, between commas, only point to the names ("Two ministers, Ann Lee
// and Tom Hale, resigned" stays a count).
const NAMES_AFTER = /^,\s+((?:the\s+)?[A-Z][^,;]*?(?:(?:,\s+|\s+and\s+)(?:the\s+)?[A-Z][^,;]*?)+),/;
function namesAfter(after: string): number {
  const list = /^,\s+(?:the\s+)?[A-Z]/.test(after) ? NAMES_AFTER.exec(after)?.[1] : undefined;
  return list ? list.split(/,\s+(?:and\s+)?|\s+and\s+/).length : 0;
}

export function isStructural(sentence: string, m: NumberMention): boolean {
  const raw = sentence
    .slice(m.start, m.end)
    .trim()
    .replace(/^(?:the|a|an|about|around|some|nearly|almost|up to|at least|more than|over)\s+/i, '');
  const before = sentence.slice(0, m.start);
  const after = sentence.slice(m.end);
  const firstWord = raw.split(/[\s-]+/)[0] ?? '';
  const isWord = /^[a-z]/i.test(firstWord);
  // "to meet the 1.5C goal", "limiting warming to 1.5C": a target named in a purpose, not a fact.
  if (PURPOSE_BEFORE.test(before)) return true;
  if (isWord && /^other\s/.test(m.counted ?? '') && namesAfter(after) === m.value) return true;
  // Rules 0.7.6: "the poorest fifth of households", "the most deprived tenth of areas": a share named by its rank of
  // wealth or need is a group of the population (a quantile), not an ordinal.
  if (m.isOrdinal && QUANTILE_BEFORE.test(before) && /^\s+of\s/.test(after)) return true;
  // "7 per cent more moisture for every 1C of warming": the unit of a rate is a condition, not a claim.
  if (/\b(?:for|with) (?:every|each)\s+$/i.test(before)) return true;
  // Rules 0.7.14: "Every 1C of warming cuts yields by 6%", "Each 1% of growth adds …": the base of a rate opening the
  // sentence (or a clause) is a condition too.
  if (/(?:^|[,;:"“(]\s*)(?:every|each)\s+$/i.test(before) && /^\s+of\s/i.test(after)) return true;
  // Rules 0.7.14: "patients over 75 made up 40% of admissions": an age bracket names the group another figure of its
  // clause is about, no count ("over 65 people were hurt" stays one; so does "the deaths were among children under
  // five", the bracket being the claim, and "two children aged 6 and 11").
  if (
    !m.isOrdinal &&
    !m.range &&
    !m.unit &&
    m.value <= 120 &&
    AGE_GROUP_BEFORE.test(before) &&
    /^(?:over|under|above|below)\s/i.test(sentence.slice(m.start)) &&
    OTHER_FIGURE.test(`${/[^,;]*$/.exec(before)?.[0] ?? ''} ${/^[^,;]*/.exec(after)?.[0] ?? ''}`)
  )
    return true;
  // "one month does not make a trend": a single unit of time is a figure of speech.
  if (isWord && m.value === 1 && !m.isOrdinal && m.unit && TIME_UNITS.has(m.unit)) return true;
  // "arrived on Thursday for two days of talks", "flags at half-staff for three days": the planned
  // length of a visit or an observance (an intention), not a measured duration.
  if (m.unit && TIME_UNITS.has(m.unit) && /\bfor\s+(?:another\s+|a further\s+)?$/i.test(before)) {
    if (SCHEDULED_EVENT_AFTER.test(after) || OBSERVANCE_BEFORE.test(before)) return true;
  }
  // "a three-month outlook", "a five-year plan": the period a forecast or plan covers, not a measured duration.
  if (
    m.unit &&
    TIME_UNITS.has(m.unit) &&
    /-$/.test(sentence.slice(m.start, m.end).replace(/[a-z]+$/i, '')) &&
    FORECAST_NOUN.test(after)
  )
    return true;
  // "the two-year bond yield", "those 12-hour waits": a period naming an instrument or a category already
  // counted elsewhere, not a measured duration ("a 10-day strike" stays).
  if (m.unit && TIME_UNITS.has(m.unit) && /^[\d\s\w.,]*?[-‐]/.test(sentence.slice(m.start, m.end))) {
    if (INSTRUMENT_AFTER.test(after) || /\b(?:those|these|such)\s+$/i.test(before)) return true;
    // "a 20-year median of 81.5%", "the five-year average of 23%": the period an average is taken
    // over; the figure after it is the statistic.
    if (AVERAGE_OF_FIGURE_AFTER.test(after)) return true;
  }
  // Rules 0.7.3: "twenty-foot equivalent units", "forty-foot equivalent": the name of a unit of measure (TEU, FEU).
  if (/^[-‐]foot[-\s]+equivalent\b/i.test(after)) return true;
  // "three-way talks", "a two-way street": a compound adjective, no count.
  if (isWord && /^-way\b/i.test(after)) return true;
  // "a two-bedroom apartment", "a four-door car", "five-star hotels": a size word that names the
  // type of the thing, not a count the sentence asserts.
  if (isWord && !m.isOrdinal && m.value <= 10 && TYPE_COMPOUND_AFTER.test(after)) return true;
  // Rules 0.7.7: "the zero-emission vehicle mandate", "zero-hours contracts": "zero" joined to a word names a kind.
  if (isWord && m.value === 0 && (/^[-‐][a-z]/i.test(after) || /^zero[-‐][a-z]/i.test(raw))) return true;
  if (m.unit || m.range || m.isMultiple || m.reference !== undefined) return false;
  // Rules 0.7.13: "the weekend's top 10 films", "the country's top five clubs": a chart's selection names the things
  // counted, no count of them ("Exports top 10,000" has no determiner: a verb; "among the top five" is a rank).
  if (
    !m.isOrdinal &&
    /(?<!\b(?:among|one of)\s+)\b(?:the|its|their|his|her|our|[A-Za-z]+[’']s)\s+(?:top|bottom)\s+$/i.test(before)
  )
    return true;
  // "number one ally", "one or two others", "two or three times".
  if (/\bnumber\s+$/i.test(before) && m.value === 1) return true;
  if (isWord && (VAGUE_PAIR.test(after) || VAGUE_PAIR_BEFORE.test(before))) return true;
  // Rules 0.7.7: "with the National Union up one point at 28%", "fell by one percentage point": a change of one
  // point is the size of a change, not "one" of something.
  if (
    isWord &&
    m.value === 1 &&
    CHANGE_OF_ONE_POINT.test(before) &&
    /^\s*one\s+(?:percentage\s+)?points?\b/i.test(sentence.slice(m.start))
  )
    return false;
  if (isWord && m.value === 1 && !m.isOrdinal) return true; // "one alliance", "one of …", "one month"
  // "the two leaders", "the two reviewed": a count of participants the text has named.
  if (isWord && !m.isOrdinal && SMALL_WORD.test(firstWord) && DEFINITE_BEFORE.test(before)) return true;
  if (m.isOrdinal) {
    // "the Ninth Circuit", "Fifth Avenue", "the Third Reich": a capitalised ordinal inside a name
    // (not at the start of a sentence or a quotation, nor in a title-case headline).
    if (isWord && /^[A-Z][a-z]+\s+[A-Z][a-z]/.test(raw) && /[\w,]\s+(?:the\s+)?$/.test(before) && !isTitleCase(sentence))
      return true;
    // Rules 0.7.6: "its third round of layoffs", "a second round of job cuts": a round of a repeated action (a plural
    // noun after "of") is a rank of that action, not a stage of a contest ("the second round of voting").
    if (m.counted && PERIOD_NOUN.test(m.counted) && m.value <= 4 && !ROUND_OF_ACTIONS.test(after)) return true; // "the second half", "third quarter"
    // "starting ninth grade", "third-graders", "Year 11": a school level names a group of pupils.
    if (/^(?:[-\s]?grade(?:rs?)?)\b/i.test((m.counted ?? '') || after) && m.value <= 12) return true;
    // Rules 0.7.12: "sixth-form students", "a sixth-former": the school stage (England's last two years) names a group.
    if (m.value === 6 && /^[-‐]form(?:ers?)?\b/i.test(sentence.slice(m.start).replace(/^\S*?(?=[-‐])/, ''))) return true;
    const ranked = /^[\s-]*(?:largest|biggest|highest|lowest|fastest|slowest|most|least|best|worst|ever)\b/i.test(after);
    // "for a second year", "fell for a second straight quarter", "the second this summer": a repeat.
    const repeat = /\bfor\s+(?:(?:a|the)\s+)?$/i.test(before) && m.value === 2 && REPEATED_PERIOD.test(m.counted ?? '');
    const fromOrdinal = sentence.slice(m.start).replace(/^(?:the\s+)?\S+/i, '');
    if (FIRST_TO_DO_BEFORE.test(before) && FIRST_TO_DO_AFTER.test(fromOrdinal)) return false;
    if (m.value === 1 && FIRST_MADE_BEFORE.test(before) && FIRST_RESULTS_AFTER.test(fromOrdinal)) return false;
    // Rules 0.7.14: "to claim her first Grand Slam title", "his second Olympic medal": a player's or team's first or
    // second honour is a record of a career ("her first day at work" stays structural).
    if (HONOUR_OWNER_BEFORE.test(before) && HONOUR_AFTER.test(fromOrdinal)) return false;
    if (RANK_SCOPE_AFTER.test(fromOrdinal)) return false;
    return m.value <= 2 && !ranked && !repeat && !RANK_FRAME.test(after) && !CURRENT_PERIOD_AFTER.test(after);
  }
  return false;
}

// Rules 0.7.12: "she became the first woman to lead one of its field parties": the first (or second) to do something is
// a record ("the first step to recovery" stays a figure of speech).
const FIRST_TO_DO_BEFORE = /\b(?:is|was|are|were|became|becomes|become|been|be)\s+(?:among\s+)?(?:the\s+)?$/i;
const FIRST_TO_DO_AFTER =
  /^(?:\s+[a-z][\w’'-]*){0,2}?(?<!\b(?:steps?|stops?|stages?|moves?|signs?|calls?|priority|choice))\s+to\s+(?!(?:the|a|an|his|her|its|their|our|my|this|that|these|those|be)\b)[a-z]{2,}\b/i;

// Rules 0.7.12: "surveys that gave the first measurements of the ice", "sent back the first images of the far side": the
// first of a kind of result is a record.
const FIRST_RESULTS_AFTER =
  /^\s+(?!(?:steps|stages|parts|pages|lines|chapters|rounds|words|days|weeks|months|years|hours|minutes)\b)[a-z]+s\s+of\s/;
const FIRST_MADE_BEFORE =
  /\b(?:gave|give|gives|given|made|took|taken|provided|produced|obtained|published|recorded|captured|sent back|returned)\s+(?:the\s+)?$/i;

const HONOUR_OWNER_BEFORE = /\b(?:her|his|their|its|[A-Z][\w-]*[’']s)\s+$/;
const HONOUR_AFTER =
  /^(?:\s+(?!(?:of|in|at|for|to)\b)[\w’'-]+){0,3}?\s+(?:titles?|trophy|trophies|medals?|majors?|championships?|crowns?|cups?|wins?|victory|victories|goals?|centur(?:y|ies)|podiums?|caps?)\b/i;

const CHANGE_OF_ONE_POINT =
  /\b(?:up|down|rose|fell|gained|lost|dropped|climbed|slipped|edged (?:up|down)|increased|decreased|declined|(?:rose|fell|dropped|climbed|increased|decreased|declined|up|down) by)\s+(?:just\s+|only\s+)?$/i;

/** A headline in title case: most of five or more long words capitalised. */
function isTitleCase(sentence: string): boolean {
  const long = sentence.match(/[A-Za-z][\w’'-]{3,}/g) ?? [];
  return long.length >= 5 && long.filter((w) => /^[A-Z]/.test(w)).length / long.length >= 0.7;
}

const PERIOD_UNIT = /^(?:year|month|week|day|hour|minute|decade)$/;
// What lies between a figure and the period right after it: "lost $2 billion over five years",
// "rose 12 percent within six months" (a leading "over" is in the period's own span, as its bound).
const PERIOD_GAP = /^,?\s*(?:(?:in|within|during|across|over)\s+(?:the\s+)?(?:(?:past|last|previous|first|latest)\s+)?)?$/i;

const TOTAL_AFTER = /^\s+(?:running\s+|cumulative\s+)?(?:total|tally|haul|takings)\b/i;

const AFTER_MULTIPLE =
  /\b(?:doubled|tripled|trebled|quadrupled|halved)\s+(?:(?:in|within|during|across)\s+(?:the\s+)?(?:(?:past|last|previous|first|latest)\s+)?)?$/i;

/** "in the 12 months to March", "over the past five years", "$2 billion over five years": the period of another figure. */
export function isFramingPeriod(sentence: string, m: NumberMention, others: readonly NumberMention[]): boolean {
  if (!m.unit || !PERIOD_UNIT.test(m.unit)) return false;
  const figures = others.filter((o) => o !== m && !(o.unit && PERIOD_UNIT.test(o.unit)));
  // "doubled in 20 years": the period of the multiple, which is the claim's figure.
  if (AFTER_MULTIPLE.test(sentence.slice(0, m.start))) return true;
  if (PERIOD_FRAME.test(sentence.slice(0, m.start))) return figures.length > 0;
  // Rules 0.7.3: "about 8% above the 10-year average": the period an average is taken over, beside the figure
  // compared with it.
  if (/[-‐]$/.test(sentence.slice(m.start, m.end).replace(/[a-z]+$/i, '')) && AVERAGE_AFTER.test(sentence.slice(m.end)))
    return figures.length > 0;
  // Rules 0.7.13: "Its 10-day total stands at $61.9 million", "a three-week tally of 12 goals": the period a running
  // total covers, beside the total.
  if (/[-‐]$/.test(sentence.slice(m.start, m.end).replace(/[a-z]+$/i, '')) && TOTAL_AFTER.test(sentence.slice(m.end)))
    return figures.some((o) => o.start >= m.end);
  const gapped = (o: NumberMention) => {
    const gap = sentence.slice(o.end, m.start);
    return PERIOD_GAP.test(gap) && (/\S/.test(gap) || /^over\s/i.test(sentence.slice(m.start, m.end)));
  };
  // Not after an ordinal: "the first time in five years" is a record, the years its substance.
  return figures.some((o) => !o.isOrdinal && o.end <= m.start && gapped(o));
}

// Rules 0.7.4: "Fires of more than 10,000 hectares accounted for 91% of the area burned", "ships of 18,000 TEU or
// more made 1,187 calls": a bounded size that names a class of things at the head of a clause, whose statistic
// follows, is no claim of its own.
const CLASS_HEAD_BEFORE = /(?:^|[,;:]\s*)(?:[A-Za-z][\w’'-]*\s+){0,3}[A-Za-z][a-z]{2,}s\s+(?:of|with)\s+$/;
const OPEN_BOUND_AFTER = /^\s+or\s+(?:more|above|over|larger|bigger|longer|less|fewer|below|under|smaller)\b/i;

export function isSizeClass(sentence: string, m: NumberMention, others: readonly NumberMention[]): boolean {
  if (m.isOrdinal || m.range || !CLASS_HEAD_BEFORE.test(sentence.slice(0, m.start))) return false;
  if (m.bound === 'exact' && !OPEN_BOUND_AFTER.test(sentence.slice(m.end))) return false;
  const clauseEnd = sentence.slice(m.end).search(/[;:]|,(?!\d)/);
  const end = clauseEnd < 0 ? sentence.length : m.end + clauseEnd;
  return others.some((o) => o !== m && o.start >= m.end && o.start < end);
}

// Predictions, intentions and pledges are not claims (the guideline's section 3). Rules 0.7.4: "projects that",
// "predicted that" too ("The Forest Service projects that the area burned could double again by 2050"). Rules 0.7.8:
// "is due to offer", "auction", "unveil", "show", "exhibit" are schedules too ("is due to offer 61 lots next Tuesday").
const PREDICTIVE =
  /\b(?:will|won[’']t|shall|would|going to|(?:is|are|was|were)\s+(?:expected|set|likely|scheduled|projected|forecast|poised|on track)\s+to|(?:is|are)\s+due\s+(?:on|in|by|before|next|later)\b|(?:is|are|was|were)\s+due\s+to\s+(?:be|have|take|make|open|close|start|begin|launch|offer|auction|unveil|show|exhibit|fly|sail|leave|depart|arrive|return|meet|publish|report|complete|finish|end|carry|deliver|receive|hold|come|go|run|expire|retire|vote|decide|rule|announce|sign|pay|get|appear|face|stand|resume|reopen|enter|join|visit|travel|undergo|give|release|present|testify|hear|become|reach|rise|fall|increase|enter|move|serve|host|play|debate|consider|review|issue|set|raise|cut|stay|remain|expand|employ|hire|create|build|produce|sell|buy|spend|cost)\b|(?:plans?|planned|planning|aims?|aimed|aiming|hopes?|hoped|hoping|intends?|intended|intending|wants?|wanted)\s+to|plans?\s+for|(?<!\b(?:the|its|their|his|her|our|these|those|such)\s+)(?:plans|planning)\s+(?:a|an|another|its|their|new)\b|(?:is|are|was|were)\s+(?:(?:originally|initially)\s+)?(?:supposed|meant|intended)\s+to|(?<=\b(?:service|agency|bureau|bank|office|ministry|department|government|institute|council|board|commission|fund|forecasters?|model|study|report|analysis|survey|company|firm|operator|regulator|it|they|he|she|we|analysts|economists|scientists|researchers|experts)\s+)(?:projects|projected|predicts?|predicted)\s+that|vows?\s+to|pledged?\s+to|promised?\s+to|expects?|forecasts?|warn(?:s|ed|ing)?\s+of|(?<!(?:higher|greater|lower|bigger|smaller|increased|reduced|more|less)\s+)(?:chance|probability|likelihood|odds)\s+(?:of|that)|to\s+be\s+(?:doubled|tripled|trebled|quadrupled|halved|raised|increased|cut|reduced|extended))\b/i;
// Rules 0.7.0: an expectation told in the past ("Economists had expected a reading of 2.1%", "said it expected to
// carry 104 million") is a forecast of the figure after it; "the 180,000 that economists had expected" names a
// reference the fact before it is compared with.
const PAST_EXPECTATION =
  /\b(?:(?:had|have|has)\s+(?:been\s+)?expect(?:ed|ing)|(?:said|says|told\s+[\w ]{1,30}?)\s+(?:that\s+)?(?:it|they|he|she|we|the\s+[\w-]+)\s+(?:had\s+)?expected|(?:economists|analysts|forecasters|traders|investors|markets)\s+(?:[\w-]+\s+){0,4}?expected)\b/i;
const ESTIMATE_VERB = /\b(?:estimat|predict|project|forecast|calculat|model)(?:e|es|ed|ing|s|led|ling)?\b/i;
// Rules 0.7.3: "a weaker storm could bring up to 150 millimetres of rain next week": a possibility about a later
// time is a forecast ("prices could rise" alone is a hedge, judged elsewhere).
const MODAL = /\b(?:could|may|might)\s+(?:well\s+|also\s+|still\s+)?[a-z]/;
const LATER_TIME =
  /\b(?:next|coming)\s+(?:week|month|year|season|quarter|decade|winter|summer|spring|autumn|weekend)\b|\b(?:tomorrow|later this (?:week|month|year))\b|\bin the (?:coming|next) (?:days|weeks|months|years)\b/i;
// Rules 0.7.3: ", the first of four each year" after "will publish its next report in March": a verbless
// appositive belongs to the clause before it.
const APPOSITIVE = /^,\s*(?:the|a|an)\s+[^,;]*$/i;
const PARTICIPLE_ASIDE = /^,\s*[a-z]+ed\s+(?:by|for|in|on|as|against|from)\s[^,;]*$/i;
const MODAL_RELATIVE = /^,\s*which\s+(?:could|may|might)\s/i;
const VERB_IN = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|said|says|told|[a-z]{3,}ed)\b/i;
const QUESTION_OR_IF = /^\s*(?:if|what if|should|could|would)\b|\?\s*["”’]?\s*$/i;
// Pledges and commitments ("has pledged up to ¥300 billion", "committed $2 billion") and a future
// period ("over the next five years", "in the coming months") make the clause a promise or a plan.
const PLEDGE_OR_FUTURE =
  /\b(?:pledg(?:e|es|ed|ing)|promis(?:es|ed|ing)|(?:has|have|had)\s+committed|commit(?:s|ting)?\s+to)\b|\b(?:over|in|within|during|across)\s+the\s+(?:next|coming|following)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?)\b/i;
// A goal or forecast named as such: "a previous target of $5 billion", "an earlier forecast of 430,000". Rules 0.7.8:
// an auction's "presale estimate of $45 million to $60 million" (a body's estimate of a past figure stays a claim). Rules
// 0.7.10: "an assumed exchange rate of 145 yen", "its goal of …, defined as a rate of 5% or less" (a goal's terms).
const GOAL_BEFORE =
  /\b(?:target|goal|forecast|projection|guidance|outlook|ambition|aim|pledge|promise|budget request|pre-?sale estimate)s?\s+(?:of|for)\s+(?:(?:about|around|roughly|nearly|some|up to|at least|more than|as much as|as many as|just over|just under)\s+)?$/i;
const GOAL_TERMS_BEFORE =
  /\b(?:(?:an?|the|its|their)\s+assumed\s+(?:[\w-]+\s+){0,2}|(?:target|goal|ambition|aim)\s+of\s+[^;.]{0,60}?,\s+defined\s+as\s+(?:[\w-]+\s+){1,4})(?:of|at)\s+(?:(?:about|around|roughly|nearly|some|up to|at least|more than|just over|just under)\s+)?$/i;

// A standing target a figure is measured against is a fact of the record, not a goal being set: "against a
// target of 78%", "missed its target of 95%", "well below the government's goal of 90%".
const STANDING_GOAL_BEFORE =
  /\b(?:against|versus|vs\.?|compared (?:with|to)|below|above|short of|under|over|beat(?:ing)?|beats|exceed(?:s|ed|ing)?|miss(?:es|ed|ing)?|met|meets|meeting|hit|hits|hitting)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:[\w’'-]+\s+){0,3}?(?:target|goal)s?\s+(?:of|for)\s+(?:\S+\s+)?$/i;
// A projection or forecast as the subject of "see", "put", "show": "the bank's forecasts, updated in May, put growth at 1.2%".
const PROJECTION_SUBJECT =
  /\b(?:projections?|forecasts?|outlooks?|guidance)\b(?:\s*,[^,;]*,)?\s+(?:now\s+|also\s+)?(?:see|sees|saw|put|puts|show|shows|showed|have|has|had)\s+[^;]*$/i;

// The guideline's exception: a named statistical body's estimate of the current period is a claim even
// when worded as a projection ("NCES estimates that 3.9 million students will graduate in the current
// school year", "the Census Bureau projects that 12,000 people will move there this year").
const BODY_ESTIMATES =
  /\b(?:[A-Z]{2,}|Statistics\s+[A-Z][a-z]+|(?:[A-Z][a-z]+\s+){1,4}(?:Bureau|Office|Agency|Department|Institute|Service|Administration|Commission|Board|Authority|Centre|Center|Statistics)|[Tt]he\s+(?:bureau|agency|department|office|ministry|statistics office|statistical office))\s+(?:estimates|estimated|projects|projected)\b/;
const CURRENT_PERIOD = /\b(?:the\s+current|this)\s+(?:[\w–-]+\s+){0,2}?(?:year|season|quarter|month|term)\b/i;
const LATER_PERIOD = /\bnext\b|\b(?:by|in|until)\s+(?:(?:early|late|mid-?|fall|spring|summer|winter|autumn)\s*)?(?:19|20)\d\d\b/i;

const RELATIVE_SUBJECT_END =
  /(?:\b(?:that|which)\s+(?:the\s+)?[\w-]+|\b[a-z]+s\s+the\s+[a-z][\w-]*|\b(?:it|they|he|she|we))\s+(?:had\s+|has\s+|have\s+)?$/i;
// ", 62% of its revenue" after a figure: a share of the figure before it, in that figure's clause.
// Rules 0.7.5: ", some 1,400 fewer than a year earlier": a difference told after a figure belongs to that figure's clause.
// Rules 0.7.6: ", below the $1.44 billion analysts had expected" (an expectation the figure before is compared with) and
// ", roughly 1.5million dollars for each metre" (the figure before, per unit) belong to that figure's clause too.
const CONTINUATION =
  /^[,;]?\s*(?:to|from|(?:up|down)\s+(?:to|from)|or|(?:below|above|short of|ahead of|in line with)\s+the\s+[$€£¥]?\d[\d.,]*(?=[^,;]*\b(?:expected|forecast|predicted|projected)\b)|(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?[$€£¥]?\d[\d.,]*\s*(?:(?:thousand|million|billion|trillion|bn|m)\s+)?(?:[a-z]+\s+)?(?:for\s+(?:each|every)|per)|(?:(?:about|around|roughly|nearly|almost|some|just over|just under|more than|less than)\s+)?\d[\d.,]*\s?(?:%|percent|per cent)\s+of|(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?\d[\d.,]*\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:[a-z]+\s+)?(?:more|fewer|less|higher|lower)\s+than)\s/i;
// Rules 0.7.10: ", down 21%" after a figure belongs to that figure's clause (a forecast's change is the forecast's).
const CHANGE_CONTINUATION =
  /^[,;]?\s*(?:up|down)\s+(?:(?:about|around|nearly|almost|some)\s+)?[\d.]+\s?(?:%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b)/i;
const NEW_PREDICATE =
  /\s(?:and|but)\s+(?:(?:that\s+)?(?:it|they|he|she|we|I|the\s+[\w-]+)\s+)?(?:had|has|was|were|is|are|did|does)\s/i;

/** The last comma of a text that breaks a clause (the comma of "2,000" does not), or -1. */
function lastClauseComma(text: string): number {
  for (let at = text.lastIndexOf(','); at >= 0; at = text.lastIndexOf(',', at - 1)) {
    if (!/\d/.test(text.charAt(at + 1))) return at;
  }
  return -1;
}

/** The clause (or sentence) a mention sits in speaks of the future, a wish or a hypothesis. */
// Rules 0.7.5: "Nine of the 15 economists polled by the newspaper had forecast a rise": a count of those asked is a
// fact of the poll, not a forecast.
const RESPONDENTS_AFTER =
  /^[\w.,]+\s+(?:of\s+(?:the\s+)?[\d,]+\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:polled|surveyed|questioned|interviewed)\b/i;

// Rules 0.7.10: "Around two-thirds of smokers tell us they want to quit", "41% of tenants plan to move": the share of
// people who wish or plan something is a fact of the survey, not a plan.
const SHARE_WISHING_AFTER =
  /^(?:(?:about|around|roughly|nearly|almost|some|over|more than|less than|just over|just under)\s+)?(?:[\d.,]+\s?(?:%|per\s?cent)|(?:a|one|two|three|four)[\s-](?:half|third|quarter|fifth|tenth)s?|half|one in [a-z\d]+)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:(?:say|said|tell\s+us|told\s+[a-z]+|report(?:ed)?)\s+(?:that\s+)?(?:they\s+)?)?(?:want(?:ed)?|plan(?:ned)?|hope[ds]?|intend(?:ed)?)\s+to\b/i;

const IN_FORCE_NOW =
  /^[^;]*?\bwill\s+(?:now\s+)?(?:earn|get|receive|be\s+paid|pay|cost|rise\s+to|go\s+up\s+to)\b[^;]*?\b(?:from|since|as\s+of)\s+(?:this\s+(?:month|week)|today|now)\b/i;
const RECOMMENDED_THAT =
  /\b(?:recommend(?:s|ed|ing|ations?)?|urg(?:es|ed|ing)|propos(?:es|ed|ing|als?)|demand(?:s|ed|ing)?|call(?:s|ed)?\s+for)\b[^;.]{0,40}?(?:,\s*including\s+)?\bthat\s+[^,;]*$/i;

export function isPredictive(sentence: string, at: number, ownClause = true): boolean {
  if (QUESTION_OR_IF.test(sentence)) return true;
  if (ownClause && RESPONDENTS_AFTER.test(sentence.slice(at))) return false;
  if (ownClause && SHARE_WISHING_AFTER.test(sentence.slice(at))) return false;
  // The clause around the mention: from the last clause break before it to the next after it.
  // Commas bound it too: in "will close in March, ending 340 jobs" the jobs are a present fact.
  const left = sentence.slice(0, at);
  const lastComma = lastClauseComma(left);
  const breakAt = Math.max(left.lastIndexOf(';'), lastComma, left.lastIndexOf(' but '), left.lastIndexOf(' while '));
  const rightBreak = sentence.slice(at).search(/;|,(?!\d)| but | while /);
  let clauseStart = breakAt < 0 ? 0 : breakAt;
  // ", to an average of $540", ", up from 3 percent": a verbless continuation belongs to the clause before it.
  const clauseText = sentence.slice(clauseStart, rightBreak < 0 ? sentence.length : at + rightBreak);
  if (
    clauseStart > 0 &&
    (CONTINUATION.test(sentence.slice(clauseStart)) ||
      CHANGE_CONTINUATION.test(sentence.slice(clauseStart)) ||
      (APPOSITIVE.test(clauseText) && !VERB_IN.test(clauseText)))
  ) {
    const earlier = sentence.slice(0, clauseStart);
    clauseStart = Math.max(0, earlier.lastIndexOf(';'), lastClauseComma(earlier));
    // Rules 0.7.17: "expects inflation, measured by the consumer price index, to fall to 2.1%": an aside led by a past
    // participle between a verb and its continuation belongs to the clause before it.
    const aside = earlier.slice(clauseStart);
    if (clauseStart > 0 && PARTICIPLE_ASIDE.test(aside)) {
      const before = sentence.slice(0, clauseStart);
      clauseStart = Math.max(0, before.lastIndexOf(';'), lastClauseComma(before));
    }
  }
  // "will cut its debt, which stood at €312m in June, by a quarter": after a relative clause between
  // commas the clause before it goes on.
  // Rules 0.7.4: the relative clause's own verb speaks of its noun ("a plant, which will pump seawater inland, is
  // 62% complete" is a fact of the present).
  let relative: { start: number; end: number } | null = null;
  if (clauseStart > 0 && sentence.charAt(clauseStart) === ',') {
    const earlier = sentence.slice(0, clauseStart);
    const relativeAt = lastClauseComma(earlier);
    if (
      relativeAt > 0 &&
      /^,\s*(?:which|who|whose|where)\s/i.test(earlier.slice(relativeAt)) &&
      !/[;]/.test(earlier.slice(relativeAt))
    ) {
      relative = { start: relativeAt, end: clauseStart };
      clauseStart = Math.max(0, earlier.lastIndexOf(';', relativeAt), lastClauseComma(earlier.slice(0, relativeAt)));
    }
  }
  const clause = sentence.slice(clauseStart, rightBreak < 0 ? sentence.length : at + rightBreak);
  if (ownClause && GOAL_BEFORE.test(left.slice(-80)) && !STANDING_GOAL_BEFORE.test(left.slice(-80))) return true;
  const near = left.slice(-140);
  if (ownClause && (near.includes('assumed') || near.includes('defined as')) && GOAL_TERMS_BEFORE.test(near)) return true;
  // "Its staff projections, published in September, see inflation averaging 1.7%": the projection is the subject.
  if (ownClause && PROJECTION_SUBJECT.test(left.slice(Math.max(0, left.lastIndexOf(';'))))) return true;
  // The body's estimate may be the sentence's closing attribution: "…, the statistics office estimated on Tuesday."
  const lastClause = sentence.slice(Math.max(0, sentence.lastIndexOf(',')));
  if (
    ownClause &&
    [clause, lastClause].some((c) => /\b(?:estimat|project)/i.test(c) && BODY_ESTIMATES.test(c)) &&
    CURRENT_PERIOD.test(clause) &&
    !LATER_PERIOD.test(clause)
  )
    return false;
  const context: ClauseContext = { sentence, at, clauseStart, relative };
  // Rules 0.7.8: "would ask ministers to let it charge £5 …, which could raise more than £1m a year": a possibility in
  // a relative clause after a plan or forecast is a forecast too ("Prices rose 4%, which could hurt exporters" is not).
  if (ownClause && MODAL_RELATIVE.test(clause) && PREDICTIVE.test(sentence.slice(0, clauseStart))) return true;
  const modal = MODAL.exec(clause);
  if (ownClause && modal && clauseStart + modal.index < at && LATER_TIME.test(clause) && governs(context, modal.index))
    return true;
  // Rules 0.7.4: an estimate under a condition that follows it ("analysts estimated peak sales of $4 billion to $6
  // billion if the drug is approved") is a hypothetical.
  if (
    ownClause &&
    /\bif\s/i.test(sentence.slice(at, clauseStart + clause.length)) &&
    ESTIMATE_VERB.test(sentence.slice(clauseStart, at))
  )
    return true;
  // Rules 0.7.6: "recommended that states inspect cables every 24 months", "17 recommendations, including that …": the
  // content of a recommendation, demand or proposal is a goal, not a fact.
  if (ownClause && RECOMMENDED_THAT.test(left)) return true;
  // Every alternative of PAST_EXPECTATION has "expect": the cheap look first.
  const expectation = /expect/i.test(clause) ? PAST_EXPECTATION.exec(clause) : null;
  if (expectation && (!ownClause || (clauseStart + expectation.index < at && governs(context, expectation.index)))) return true;
  // Rules 0.7.10: "will earn £52,940 from this month": what holds from now on is in force, no forecast.
  if (ownClause && clause.includes('will ') && IN_FORCE_NOW.test(clause)) return false;
  return (
    hasOwnHit(context, clause, PREDICTIVE, PREDICTIVE_ALL, ownClause) ||
    (ownClause && hasOwnHit(context, clause, PLEDGE_OR_FUTURE, PLEDGE_OR_FUTURE_ALL, ownClause))
  );
}

// isPredictive's clause, for the two looks below (module functions, not closures made on every call).
type ClauseContext = { sentence: string; at: number; clauseStart: number; relative: { start: number; end: number } | null };
const PREDICTIVE_ALL = new RegExp(PREDICTIVE.source, 'gi');
const PLEDGE_OR_FUTURE_ALL = new RegExp(PLEDGE_OR_FUTURE.source, 'gi');

// "raised the dividend by 5 percent … and plans to buy back …": a verb of the future after "and"
// governs its own predicate, not the fact before it.
function governs({ sentence, at, clauseStart, relative }: ClauseContext, index: number): boolean {
  const hitAt = clauseStart + index;
  if (relative && relative.start <= hitAt && hitAt < relative.end) return false;
  // "would extend loans … and had approved 1,150 applications": a finite verb after "and" starts a
  // predicate of its own, which the modal before it does not govern.
  if (hitAt < at) return !NEW_PREDICATE.test(sentence.slice(hitAt, at));
  const between = sentence.slice(at, hitAt);
  // "offline since October 14 for maintenance that was due to end on November 20": a relative clause's
  // own verb speaks of its noun, not of what comes before it.
  if (/\s(?:that|which|who)\s+$/i.test(between)) return false;
  // Rules 0.7.7: "14% of respondents said they did not know how they would vote": a modal inside an indirect
  // question ("how/whether they would …") belongs to the question, not to the figure before it.
  if (/\b(?:how|whether)\s+(?:[\w’'-]+\s+){0,2}$/i.test(between)) return false;
  // "1,150 of the 2,000 units it promised … are finished": a relative clause names the figure right
  // before it (the 2,000 promised), not an earlier figure of the sentence.
  if (RELATIVE_SUBJECT_END.test(between) && /\d\D+\d/.test(between.replace(/(\d)[,.](?=\d)/g, '$1'))) return false;
  // Rules 0.7.6: "Between 60 and 70 staff will be moved": the "and" of a range joins no predicates.
  return !/\s(?:and|or)\s/.test(between.replace(/(\d)\s+(?:and|or)\s+(?=\d)/g, '$1 '));
}

/** A hit of `re` in the clause that governs the mention; `all` is `re` made global. */
function hasOwnHit(context: ClauseContext, clause: string, re: RegExp, all: RegExp, ownClause: boolean): boolean {
  const hit = re.exec(clause);
  if (!hit) return false;
  if (!ownClause || governs(context, hit.index)) return true;
  // A later hit may govern where the first does not ("will spend … and is expected to hire 30").
  return matchesOf(all, clause).some((h) => governs(context, h.index));
}
