/**
 * Who said what: quotations in a paragraph, the speech verbs around them, and the people
 * named in the article so that "Netanyahu" and "he" resolve to "Benjamin Netanyahu".
 */
import { matchesOf } from './matches';

export type QuoteSpan = { start: number; end: number; text: string; speaker: string | null };
export type Attribution = { verb: number; speaker: string };

const SAY = String.raw`(?:said|says|say|told|tells|added|adds|stated|noted|replied|explained|argued|insisted|warned|wrote|writes|asked|recalled|claimed|claims|declared|announced|tweeted|insisted|admitted|acknowledged|estimated|estimates|estimate|calculated|calculates|reported|reports)`;
// A capitalised word, an initial ("J.") or an abbreviated title ("Dr."): a full stop after any
// other word ends the name ("in London. She added" names no "London She").
// Rules 0.7.1: an initialism ("U.S.") is one word, and a title chain may run longer ("U.S. District
// Judge Alicia Moreno").
// Rules 0.7.4: a name may carry Latin letters with accents ("Rodrigo Valdés", "Łukasz Nowak", "Émile Roux").
const CAPITAL_START = /^[A-ZÀ-ÖØ-ÞĀ-ž]/;
const CAP = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Gen|Lt|Col|Sgt|St|Jr|Sr|Rev)\.|(?:[A-Z]\.){2,}|[A-Z]\.|[A-ZÀ-ÖØ-ÞĀ-ž][\w’'À-ÖØ-öø-ÿĀ-ž-]*)`;
// Rules 0.7.8: a lower-case particle inside a name ("Marleen de Wit", "Pieter van der Berg"); "Executive" is a title
// ("Chief Executive Marleen de Wit"), and so is "Officer".
const NAME = String.raw`${CAP}(?:\s+(?:(?:de|van|von|der|den|da|di|du|dos|del|la|le|ter)\s+){0,2}${CAP}){0,4}`;
// Double quotes, curly single quotes and straight single quotes (British style); an apostrophe
// inside a word ("don't", "We’re") does not close a single-quoted quotation.
const QUOTE_RE =
  /“([^”]+)”|"([^"\n]+)"|‘((?:[^’\n]|’(?=[A-Za-z]))+)’|(?<![\w'])'(?=[A-Za-z])((?:[^'\n]|'(?=[A-Za-z]))+)'(?![A-Za-z])/g;
const QUOTE_MARK = /[“"‘']/;
const TITLES = new Set(
  'President Prime Minister PM Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Rev Rev. Senator Sen. Rep. Representative Chancellor Secretary General Mayor Governor Judge Attorney Professor Prof. CEO Chief Director Chair Chairman Chairwoman Spokesperson Spokesman Spokeswoman Council Member Commissioner Minister Executive Officer Ambassador King Queen Pope Sheikh Lord Lady Sir Deputy Vice'.split(
    ' ',
  ),
);
const NOT_PERSON =
  /\b(States|Union|Kingdom|Republic|Service|Security|Fund|League|Exchange|Authority|Commission|Corporation|Directorate|Inspectorate|Observatory|Ministry|Council|Committee|Party|Institute|University|Bank|Press|Forces|Army|Defense|House|Court|Street|City|County|Nations|Organization|Agency|Department|Office|Board|Kremlin|Hospital|Clinic|Centre|Center|School|College|Federation|Association|Foundation|Alliance|Group|Airport|Port|Network|Photo|News|Times|Post|Daily|Islam|Syria|Russia|Israel|Moscow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const SENTENCE_STARTERS = new Set([
  'The',
  'In',
  'A',
  'An',
  'On',
  'At',
  'For',
  'But',
  'And',
  'Then',
  'This',
  'That',
  'These',
  'It',
  'As',
  'After',
  'Before',
  'When',
  'While',
  'If',
  'According',
  'Last',
  'Finally',
  'Another',
  'Given',
  'To',
  'With',
  'We',
  'They',
  'He',
  'She',
  'I',
]);

const PERSON_RE = new RegExp(`(?<![\\w’'])${NAME}`, 'g');
// Rules 0.7.2: "… ABARES estimated on Tuesday." and "… the agency estimated last week.": a time, then the end.
const SPEECH_AFTER = /^(?:\s*[,.:¶]|\s+that\b|\s*$|\s+(?:on|last|this|in|earlier|late)\b[^,.;:¶]{0,20}[.;](?:\s|$))/;
// Rules 0.7.5: the end of the sentence, maybe after a time ("reported on Friday.", "reported last week.").
const CLOSING_AFTER = /^(?:\s*[.!?]|\s*$|\s+(?:on|last|this|in|earlier|late)\b[^,.;:¶]{0,20}[.!?](?:\s|$))/;
// Rules 0.7.5: "The Met Office estimates the damage at £120 million": a body's estimate of a figure is its assertion.
const ESTIMATE_AT =
  /^\s+(?:the|its|their|this|last|total)\s+(?:[\w’'-]+\s+){0,5}?at\s+(?:(?:about|around|roughly|some|nearly|almost|more than|less than|up to)\s+)?[$€£¥]?\d/;
const SAY_RE = new RegExp(String.raw`\b${SAY}\b`, 'g');
const ACCORDING_RE = /\baccording to\s+([^,.;:¶()]{1,100})/gi;
// Rules 0.7.2: a body's name may join names with "of", "for", "and" ("Joint Chiefs of Staff").
const BODY = String.raw`${CAP}(?:\s+${CAP}){0,3}(?:\s+(?:of|for|and|&)\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,3})*`;
const BODY_BY = new RegExp(String.raw`\b(?:by|from)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){0,3}?(${BODY})`);
// Rules 0.7.16: a body whose name has its own article after the role words ("according to the motoring organisation
// the RAC"), when the name closes the phrase ("a statement the Portuguese club filed" names no body).
const BODY_FIRST = new RegExp(
  String.raw`^(?:(?:the|a|an)\s+)?(?:(?!(?:the|a|an|which|that|who|whose)\b)[a-z][\w’'-]*\s+){0,3}?(?:(?<=[a-z]\s)the\s+(?=${BODY}\s*$))?(${BODY})`,
);
const ROLE_WORD = String.raw`(?!(?:the|a|an|published|released|compiled|reviewed|filed|which|that|who|in|on|at|for|of|by|from|last|this)\b)[a-z][\w’'-]*`;
const BODY_ROLE = new RegExp(String.raw`^(the\s+)?((?:${ROLE_WORD}\s*){1,4})`);
const BODY_BY_ROLE = new RegExp(String.raw`\b(?:by|from)\s+the\s+((?:${ROLE_WORD}\s*){1,4})`);
const DATA_NOUN =
  /(?:^|\s)(?:figures|data|statistics|numbers|estimates|records|reports?|surveys?|polls?|analysis|documents|research)$/;
// Headline style: "Kamala Harris: 'We will raise taxes'" (quotes are masked as ¶ by then).
const COLON_RE = new RegExp(String.raw`(${NAME}):\s*(?=¶)`, 'g');
const PRONOUN_SUBJECT = /\b(he|she|they|He|She|They)\s+(?:also\s+|then\s+|later\s+)?$/;
const ROLE_THEN_NAME = new RegExp(String.raw`(?:the|a|an|The|A|An)\s+[a-z][\w\s-]{0,30},\s*(${NAME}),\s*(?:also\s+)?$`);
// Rules 0.7.14: "Her coach, Sofia Lind, said", "The manager, the former striker Paul Abbot, said": a role after a
// possessive pronoun, and a name at the end of an apposition that describes the role. Not after a noun's possessive
// ("The authority's director, Priya Raman, said"): that reading changes a demo article's speaker, on which the visual
// baselines depend (as in rules 0.7.6).
const ROLE_THEN_DESCRIBED_NAME = new RegExp(
  String.raw`(?:^|[,;:]\s*)(?:the|a|an|The|A|An|her|his|their|its|Her|His|Their|Its)\s+[a-z][\w\s-]{0,30},\s*(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){1,5}?)?(${NAME}),\s*(?:also\s+)?$`,
);
// "Jane Doe, the mayor, said" and "Luis Ortega, 54, told".
const NAME_THEN_ROLE = new RegExp(String.raw`(${NAME}),\s*(?:(?:the|a|an)\s+[\w\s-]{1,40}|\d{1,3}),\s*$`);
// Rules 0.7.0: "Katrin Vogel, a member of the ECB’s executive board, said", "Isabel Romero, chief economist
// at the bank Nordhaven, said": a longer role, with a possessive, or without an article.
const NAME_THEN_LONG_ROLE = new RegExp(
  String.raw`(${NAME}),\s*(?:(?:the|a|an)\s+|(?=[a-z])(?!(?:where|when|which)\b))[\w\s’'-]{1,70},\s*$`,
);
// "A spokesperson for the Department of Health and Social Care said": the whole body's name, not its tail.
const ORG_SUBJECT = new RegExp(String.raw`(${NAME}(?:\s+(?:of|for|and|&)\s+(?:the\s+)?${NAME})+)\s+$`);
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// "said in Frankfurt", "told reporters at Westminster": a place after the verb is no speaker.
const PLACE_AFTER_VERB = /^\s+(?:[a-z]+\s+){0,2}?(?:in|at|from|on|during|outside|near)\s+[A-Z]/;
const NAME_SUBJECT = new RegExp(String.raw`(${NAME})\s+(?:also\s+|then\s+|later\s+|previously\s+)?$`);
// Rules 0.7.3: up to three words ("the federal waterways agency", "the government’s commodity forecaster"),
// none of them an auxiliary or a conjunction ("the hospital had admitted" names no "hospital had", "24.5 cents
// a share and said" no "share and").
const SUBJECT_WORD = String.raw`(?!(?:had|has|have|was|were|is|are|and|or|but|also|then|later)\b)[a-z][a-z’'-]*`;
const ROLE_SUBJECT = new RegExp(
  String.raw`\b((?:the|a|an)\s+(?:${SUBJECT_WORD}\s+){0,2}${SUBJECT_WORD})\s+(?:also\s+|then\s+|later\s+)?$`,
  'i',
);
// Rules 0.7.3: a role of a named place or body, no article: "Kenya’s health ministry said", "Spain’s central bank told".
const POSSESSIVE_SUBJECT =
  /(?:^|[,;:]\s*|\band\s+)((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[’'](?:s)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:also\s+|later\s+)?$/;
// Rules 0.7.3: a role of something just named, by its possessive pronoun: "…, its director said".
const PRONOUN_ROLE_SUBJECT = /(?:^|[,;:]\s*)((?:its|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:also\s+|later\s+)?$/;
// Rules 0.7.3: "said the town’s mayor, Annaliza Kwan,": the person named after a role that follows the verb.
const ROLE_THEN_NAME_AFTER_VERB = new RegExp(
  String.raw`^\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w\s’'-]{0,50}?,\s*(${NAME})(?=\s*[,.;]|\s*$)`,
);
// Rules 0.7.3: "said the town’s mayor.": a possessive role after the verb, ending the clause.
const POSSESSIVE_ROLE_AFTER_VERB = /^\s+(the\s+[a-z][\w-]*[’']s?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=\s*[,.;]|\s*$)/;
// Rules 0.7.2: "…, state police said", "Officials said", "…, hospital officials told": a plural group
// without an article, right after a comma or at the clause's start.
const GROUP_SUBJECT =
  /(?:^|[,;:]\s*)(?:(?:after|before|when|while|because|since|until|once|as|and|but|though|although)\s+)?((?:(?!(?:after|before|when|while|because|since|until|once|as|and|but|though|although)\s)[A-Za-z][a-z’'-]*\s+){0,2}(?:officials|organi[sz]ers|police|investigators|authorities|researchers|prosecutors|scientists|analysts|economists|doctors|experts|officers|spokespeople|regulators|inspectors|lawyers|campaigners|executives|firefighters|paramedics|rescuers|pollsters|forecasters|statisticians|auditors|diplomats|negotiators|medics))\s+(?:also\s+|later\s+)?$/i;
const NAME_AFTER_VERB = new RegExp(String.raw`^\s+(?:[a-z]+\s+){0,3}?(${NAME})`);
// Rules 0.7.17: "…, said Kestrel Run would be rested": a name after the verb that a modal or a finite verb follows is
// the reported clause's subject, not the speaker ("said Helen Marsh, the council's finance chief" is).
const REPORTED_SUBJECT = /^\s+(?:would|will|could|should|might|may|must|can|had|has|have|was|were|is|are|did|does|do)\b/;

const NOT_A_NAME =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|Each|Either|Neither|None|Some|Several|Many|Most|All|Few|Others?)$/;

/** Strips titles and sentence-initial words: "Prime Minister Benjamin Netanyahu" → "Benjamin Netanyahu". */
export function cleanName(raw: string): string | null {
  const words = raw
    .replace(/(?<=[a-z]{2})[,.]$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const lastTitle = words.reduce((at, w, i) => (TITLES.has(w) && i < words.length - 1 ? i : at), -1);
  words.splice(0, lastTitle + 1);
  while (words.length && SENTENCE_STARTERS.has(words[0] ?? '')) words.shift();
  while (words.length && TITLES.has(words[words.length - 1] ?? '')) words.pop();
  const name = words.join(' ');
  // Rules 0.7.5: "One said the fund had lost $3 million": a number word or a quantifier names no one.
  if (NOT_A_NAME.test(name)) return null;
  return name && CAPITAL_START.test(name) ? name : null;
}

type Mention = { at: number; name: string };
const ORG_NAME_BEFORE = new RegExp(String.raw`${NOT_PERSON.source}\s+(?:of|for)\s+(?:the\s+)?$`);

/** People named in the text, in order, with surnames mapped to the fullest name seen. */
export class PersonTracker {
  private readonly fullNames = new Map<string, string>();
  private readonly mentions: Mention[] = [];

  observe(text: string, offset: number, masked: (at: number) => boolean): void {
    for (const m of matchesOf(PERSON_RE, text)) {
      const at = offset + (m.index ?? 0);
      if (masked(at)) continue;
      const preceding = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
      // "the Rev. Ann Cole" is a person; "the Kremlin" is not.
      if ((/\bthe\s$/i.test(preceding) && !m[0].startsWith('Rev.')) || NOT_PERSON.test(m[0])) continue;
      // Rules 0.7.15: "the Association of Leading Visitor Attractions": the tail of a body's name after "of"/"for" is no
      // person (its last word, "Attractions" opening a later sentence, was taken for a surname and a "he said").
      if (ORG_NAME_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0))) continue;
      // Rules 0.7.15: "Edmundo Paiva, the head of Santa Casa's games department": the owner of a role's department, after
      // "of"/"at", is the body the person works for, not a person a later "He said" points to.
      if (/(?:[’']s|s[’'])$/.test(m[0]) && /\b(?:of|at)\s$/.test(preceding)) continue;
      const name = cleanName(m[0]);
      if (!name) continue;
      const words = name.split(' ');
      const surname = words[words.length - 1] ?? name;
      if (words.length >= 2) {
        const known = this.fullNames.get(surname);
        if (!known || name.length > known.length) this.fullNames.set(surname, name);
        this.mentions.push({ at, name });
      } else if (this.fullNames.has(surname)) {
        this.mentions.push({ at, name: surname });
      }
    }
  }

  /** The fullest known form of a name. */
  canonical(name: string): string {
    const words = name.split(' ');
    const known = this.fullNames.get(words[words.length - 1] ?? name);
    // "Department of Health and Social Care" is not shortened to the "Social Care" seen before. Rules 0.7.5: nor is
    // "Finance Denmark" taken for "Statistics Denmark", or "Erik Berg" for "Anna Berg": a longer name stands for a
    // name of several words only when it holds all of them ("Jerome H. Powell" for "Jerome Powell").
    if (!known || known.length < name.length) return name;
    if (words.length === 1) return known;
    const knownWords = new Set(known.split(' '));
    return words.every((w) => knownWords.has(w)) ? known : name;
  }

  /** The last person named before an offset (for "he said"). */
  lastBefore(at: number): string | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (m && m.at < at) return this.canonical(m.name);
    }
    return null;
  }
}

/** The speaker a speech verb points to: its subject to the left, else the name after it. */
function speakerOf(masked: string, verbAt: number, verbEnd: number): { raw: string; pronoun: boolean } | null {
  const left = masked.slice(Math.max(0, verbAt - 120), verbAt);
  // Rules 0.7.3: "the … Council (NDRRMC) said": the acronym in brackets after a name is no part of the subject.
  const chunk = (left.split(/[.!?;¶]\s|¶/).pop() ?? left).replace(/\s+\([A-Z][A-Za-z]{1,9}\)\s*$/, ' ');
  const pronoun = PRONOUN_SUBJECT.exec(chunk);
  if (pronoun) return { raw: pronoun[1] ?? '', pronoun: true };
  const apposName = ROLE_THEN_NAME.exec(chunk);
  if (apposName?.[1]) return { raw: apposName[1], pronoun: false };
  const describedName = ROLE_THEN_DESCRIBED_NAME.exec(chunk);
  if (describedName?.[1] && cleanName(describedName[1])) return { raw: describedName[1], pronoun: false };
  const nameAppos = NAME_THEN_ROLE.exec(chunk);
  if (nameAppos?.[1] && cleanName(nameAppos[1])) return { raw: nameAppos[1], pronoun: false };
  const longAppos = NAME_THEN_LONG_ROLE.exec(chunk);
  if (longAppos?.[1] && cleanName(longAppos[1])) return { raw: longAppos[1], pronoun: false };
  const org = ORG_SUBJECT.exec(chunk);
  if (org?.[1] && cleanName(org[1])) return { raw: org[1], pronoun: false };
  const name = NAME_SUBJECT.exec(chunk);
  if (name?.[1] && cleanName(name[1])) return { raw: name[1], pronoun: false };
  const group = GROUP_SUBJECT.exec(chunk);
  if (group?.[1]) return { raw: group[1], pronoun: false };
  const possessive = POSSESSIVE_SUBJECT.exec(chunk);
  if (possessive?.[1]) return { raw: possessive[1], pronoun: false };
  const pronounRole = PRONOUN_ROLE_SUBJECT.exec(chunk);
  if (pronounRole?.[1]) return { raw: pronounRole[1], pronoun: false };
  const role = ROLE_SUBJECT.exec(chunk);
  if (role?.[1]) return { raw: role[1], pronoun: false };
  const right = masked.slice(verbEnd, verbEnd + 80);
  const roleThenName = ROLE_THEN_NAME_AFTER_VERB.exec(right);
  if (roleThenName?.[1] && cleanName(roleThenName[1]) && !MONTH_OR_DAY.test(roleThenName[1]))
    return { raw: roleThenName[1], pronoun: false };
  const possessiveAfter = POSSESSIVE_ROLE_AFTER_VERB.exec(right);
  if (possessiveAfter?.[1]) return { raw: possessiveAfter[1], pronoun: false };
  const after = NAME_AFTER_VERB.exec(right);
  if (
    after?.[1] &&
    cleanName(after[1]) &&
    !MONTH_OR_DAY.test(after[1]) &&
    !PLACE_AFTER_VERB.test(right) &&
    !REPORTED_SUBJECT.test(right.slice((after.index ?? 0) + after[0].length))
  ) {
    // "said Aviata’s head of research, Lena Hartmann": the person named after the role, else the body.
    if (/[’']s$/.test(after[1])) {
      const named = new RegExp(String.raw`^[^,.;¶]{0,60},\s*(${NAME})`).exec(right.slice((after.index ?? 0) + after[0].length));
      if (named?.[1] && cleanName(named[1])) return { raw: named[1], pronoun: false };
      return { raw: after[1].replace(/[’']s$/, ''), pronoun: false };
    }
    return { raw: after[1], pronoun: false };
  }
  return null;
}

/** Every speech verb in a paragraph (quotes masked) with its resolved speaker. */
export function findAttributions(offset: number, masked: string, people: PersonTracker): Attribution[] {
  const found: Attribution[] = [];
  for (const m of matchesOf(SAY_RE, masked)) {
    const verbAt = m.index ?? 0;
    // "Employers added 272,000 jobs", "the agency estimated the cost": not speech unless a
    // quotation, a comma, "that" or the end of the sentence follows.
    const after = masked.slice(verbAt + m[0].length);
    // Rules 0.7.3: "the hospital had admitted 142 children", "claimed 12 lives", "recalled 1.2 million cars" too.
    if (
      /^(?:added|adds|estimated|estimates|estimate|calculated|calculates|noted|explained|declared|admitted|claimed|claims|recalled)$/.test(
        m[0],
      ) &&
      !SPEECH_AFTER.test(after) &&
      !(/^estimat/.test(m[0]) && ESTIMATE_AT.test(after))
    )
      continue;
    // Rules 0.7.2: "a plan announced by Seoul", "figures estimated by the agency": a participle, no speech here.
    if (/^\s+by\b/.test(after)) continue;
    // Rules 0.7.5: "…, the Office for National Statistics reported on Friday.": "reported" is speech only as the
    // sentence's closing attribution ("The company reported a 12% rise" is its figure, told by the outlet).
    if (/^report/.test(m[0]) && !CLOSING_AFTER.test(after)) continue;
    const who = speakerOf(masked, verbAt, verbAt + m[0].length);
    if (!who) continue;
    const speaker = who.pronoun
      ? people.lastBefore(offset + verbAt)
      : CAPITAL_START.test(who.raw)
        ? people.canonical(cleanName(who.raw) ?? who.raw)
        : who.raw;
    if (speaker) found.push({ verb: offset + verbAt, speaker });
  }
  if (/\b(?:found|showed|shows?|finds|suggest(?:s|ed)?)\b/.test(masked)) found.push(...documentFindings(offset, masked, people));
  // Cheap first looks: "according to" and a masked quotation after a colon.
  const according = /according to/i.test(masked) ? matchesOf(ACCORDING_RE, masked) : [];
  const colons = masked.includes('¶') ? matchesOf(COLON_RE, masked) : [];
  for (const m of according) {
    const name = accordingBody(m[1] ?? '');
    if (name) found.push({ verb: offset + (m.index ?? 0), speaker: CAPITAL_START.test(name) ? people.canonical(name) : name });
  }
  for (const m of colons) {
    const name = cleanName(m[1] ?? '');
    if (name) found.push({ verb: offset + (m.index ?? 0), speaker: people.canonical(name) });
  }
  return found.sort((a, b) => a.verb - b.verb);
}

/**
 * Who the words after "according to" name: a name after "by" or "from" ("a survey published in June
 * by the East Asia Institute", "data compiled by LSEG"), else the first name after any role words
 * ("the grid operator Svenska kraftnät", "NHS England figures"), else a short role itself ("the
 * city’s planning department"). Rules 0.7.2.
 */
function accordingBody(phrase: string): string | null {
  // Rules 0.7.4: "according to figures the company published", "data that Eurostat released": whose figures they are.
  const publisher = DATA_PUBLISHED_BY.exec(phrase);
  if (publisher?.[1]) return /^the\s/.test(publisher[1]) ? publisher[1] : cleanName(publisher[1]);
  const named = BODY_BY.exec(phrase) ?? BODY_FIRST.exec(phrase);
  const name = named?.[1] ? cleanName(named[1]) : null;
  // Rules 0.7.4: "according to figures released on Friday": a day or a month is no source.
  if (name && !MONTH_OR_DAY.test(name)) return name;
  const by = BODY_BY_ROLE.exec(phrase);
  const role = by ? { article: 'the ', words: by[1] } : roleOf(BODY_ROLE.exec(phrase));
  const words = role?.words?.trim();
  // Rules 0.7.3: "according to the ports’ own figures": whose figures they are.
  const owner = words ? /^([a-z][\w-]*(?:\s+[a-z][\w-]*)?)[’'](?:s)?\s+(?:own\s+)?\S+$/.exec(words) : null;
  if (owner?.[1] && words && DATA_NOUN.test(words)) return `${role?.article ?? ''}${owner[1]}`;
  // "according to figures", "according to data": no one in particular.
  if (!words || /\d/.test(words) || DATA_NOUN.test(words)) return null;
  return `${role?.article ?? ''}${words}`;
}

const DATA_PUBLISHED_BY = new RegExp(
  String.raw`^(?:the\s+|new\s+|its\s+)?(?:figures|data|statistics|numbers|estimates)\s+(?:that\s+|which\s+)?(the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|${NAME})\s+(?:had\s+|has\s+)?(?:published|released|compiled|issued|provided|reported|filed|gave|sent)\b`,
);
// Rules 0.7.12: "…, a 2022 study by the Finnish Meteorological Institute found.": a document by a body, closing the
// sentence; "Bank of England figures published last week showed …": a body's figures opening it. The body asserts.
const DOCUMENT = String.raw`(?:study|report|survey|analysis|review|audit|paper|poll|research)`;
const DOCUMENT_BY_FOUND = new RegExp(
  String.raw`,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?${DOCUMENT}\s+(?:[a-z]+\s+){0,3}?by\s+(?:the\s+)?(${BODY})\s+(?:found|showed|shows|finds|concluded)(?=\s*[.!?](?:\s|$)|\s*$)`,
  'g',
);
const BODY_FIGURES_SHOWED = new RegExp(
  String.raw`(?:^|[.!?;]\s+|,\s+)(${BODY})\s+(?:figures|data|statistics|estimates)\s+(?:(?:published|released|issued)\s+(?:[\w-]+\s+){0,3}?)?(?:showed|show|shows|found|suggest|suggested)\b`,
  'g',
);

const NOT_A_BODY =
  /^(?:Official|Government|New|Latest|Recent|Provisional|Preliminary|Final|Separate|Other|Earlier|Previous|Its|Their|His|Her|Our|These|Those|Such)$/;

function documentFindings(offset: number, masked: string, people: PersonTracker): Attribution[] {
  const found: Attribution[] = [];
  for (const m of [...matchesOf(DOCUMENT_BY_FOUND, masked), ...matchesOf(BODY_FIGURES_SHOWED, masked)]) {
    const name = cleanName(m[1] ?? '');
    if (!name || MONTH_OR_DAY.test(name) || NOT_A_BODY.test(name)) continue;
    const at = (m.index ?? 0) + m[0].length - 1;
    found.push({ verb: offset + at, speaker: people.canonical(name) });
  }
  return found;
}

const roleOf = (m: RegExpExecArray | null) => (m?.[2] ? { article: m[1] ?? '', words: m[2] } : null);

const ROLE_SPEAKER = /^(?:the|The)\s+([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})$/;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capital = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/**
 * A definite role as the article names it (rules 0.7.2): "the press service" → "Kremlin Press
 * Service" when the text has one such name, "the mayor" → the one person it calls Mayor; else the
 * role as it stands.
 */
export function namedRole(role: string, text: string): string {
  const words = ROLE_SPEAKER.exec(role)?.[1];
  if (!words) return role;
  const names = new Set<string>();
  const title = capital(words);
  if (!words.includes(' ') && TITLES.has(title)) {
    for (const m of matchesOf(new RegExp(String.raw`\b${escapeRegExp(title)}\s+(${NAME})`, 'g'), text)) {
      const name = cleanName(m[1] ?? '');
      if (name) names.add(name);
    }
  } else {
    const tail = words
      .split(/\s+/)
      .map((w) => escapeRegExp(capital(w)))
      .join(String.raw`\s+`);
    // The role's words capitalised, ending the name: "Kremlin Press Service", not "Vancouver city council".
    // Rules 0.7.3: and its name's tail after "of", "for", "and" ("Australian Bureau of Agricultural and Resource
    // Economics and Sciences").
    const more = String.raw`(?:\s+(?:of|for|and|&)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})*`;
    for (const m of matchesOf(new RegExp(String.raw`((?:[A-Z][\w’'-]*\s+){1,4})(${tail}${more})\b(?!\s+[A-Z])`, 'g'), text)) {
      const name = cleanName(`${m[1] ?? ''}${m[2] ?? ''}`);
      if (name) names.add(name);
    }
  }
  return names.size === 1 ? ([...names][0] ?? role) : role;
}

/** Quotations of a paragraph, each given the nearest attribution in that paragraph. */
export function findQuotes(paragraph: string, offset: number, attributions: Attribution[]): QuoteSpan[] {
  if (!QUOTE_MARK.test(paragraph)) return [];
  return matchesOf(QUOTE_RE, paragraph).map((q) => {
    const inner = q[1] ?? q[2] ?? q[3] ?? q[4] ?? '';
    const qStart = offset + (q.index ?? 0);
    const qEnd = qStart + q[0].length;
    // Attributions right after a quote ("…,” he said) bind tighter than ones before it.
    const distance = (at: number) => (at >= qEnd ? at - qEnd : qStart - at + 25);
    const nearest = [...attributions].sort((a, b) => distance(a.verb) - distance(b.verb))[0];
    const start = qStart + 1;
    return { start, end: start + inner.length, text: inner, speaker: nearest?.speaker ?? null };
  });
}

/** The paragraph with every quotation (marks included) replaced by ¶, offsets kept. */
export function maskQuotes(paragraph: string): string {
  if (!QUOTE_MARK.test(paragraph)) return paragraph;
  return paragraph.replace(QUOTE_RE, (q) => '¶'.repeat(q.length));
}
