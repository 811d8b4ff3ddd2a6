/** Lines that open the page chrome scrapers leave after an article. */
const CHROME_MARKERS = [
  /^read more\s*:?$/i,
  /^(related|recommended)( articles| stories)?\s*:?$/i,
  /^never miss (breaking )?news\b/i,
  /^(sign (in|up)|register) (for free|to continue|or register)\b/i,
  /^(subscribe|get) (to )?(our|the) newsletter\b/i,
];

/**
 * Offset where the article body ends: the first chrome marker line in the second half of
 * the text, or the end of the text.
 */
export function articleBodyEnd(text: string): number {
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    if (line.index < text.length * 0.4) continue;
    const trimmed = line[0].trim();
    if (CHROME_MARKERS.some((re) => re.test(trimmed))) return line.index;
  }
  return text.length;
}

// Photo captions and credits, bylines and datelines: page furniture, not article sentences.
const CREDIT =
  /\((?:[^()]*\b(?:Photo|Photograph|Image|Picture|Credit|Courtesy|Getty|Reuters|AFP|AP|EPA|Pool|Flash90)\b[^()]*)\)\s*$|\b(?:Photo|Photograph|Image|Picture)\s*(?:by|credit|:)\s|\b(?:Getty Images|AP Photo|AFP Photo|Reuters\/|EPA-EFE)\b|\((?:L|R|C|left|right|centre|center)\)/;
const BYLINE = /^(?:By|Written by|Reporting by)\s+[A-Z][\w.’'-]+(?:\s+(?:and\s+)?[A-Z][\w.’'-]+){0,5}\s*(?:[,|].*)?$/;

// Every credit holds "(" or one of these words: a cheap first look.
const MAY_BE_CREDIT = /[(]|Photo|Image|Picture|Reuters\/|EPA-EFE/;

/** A photo caption, photo credit or byline line. */
export function isCaption(line: string): boolean {
  const trimmed = line.trim();
  return (MAY_BE_CREDIT.test(trimmed) && CREDIT.test(trimmed)) || (BYLINE.test(trimmed) && trimmed.split(/\s+/).length <= 12);
}
