// How skill mentions are cut into tokens and compared. Taxonomy forms and job-post text go through
// the same tokeniser, so 'scikit-learn', 'scikit learn' and 'Scikit Learn' meet as one key sequence.

/** A word of the input with its normalised key and its place in the original text. */
export interface Token {
  /** Lower-case comparison key: 'pytorch', 'c++', '.net', 'and' for '&'. */
  readonly key: string;
  /** The key without a glued version suffix ('python3' → 'python', 'yolov8' → 'yolo'), or null. */
  readonly bareKey: string | null;
  readonly start: number;
  readonly end: number;
}

const POSSESSIVE = /['’]s$/u;
const GLUED_VERSION = /^(.*?[\p{L}+#])v?\d+$/u;
const ENDS_IN_DIGIT = /\d$/u;
const HAS_LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;

function isAscii(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) > 127) return false;
  return true;
}

function tokenKey(raw: string): string {
  if (raw === '&') return 'and';
  const folded = isAscii(raw) ? raw.toLowerCase() : raw.normalize('NFKC').toLowerCase();
  return folded.length > 2 && folded.endsWith('s') ? folded.replace(POSSESSIVE, '') : folded;
}

function bareKeyOf(key: string): string | null {
  if (!ENDS_IN_DIGIT.test(key)) return null;
  const stem = GLUED_VERSION.exec(key)?.[1];
  // Single letters are too ambiguous to stand for a versioned product ('k8', 'r2', 'a100').
  if (stem === undefined || stem.length < 2 || !HAS_LETTER.test(stem)) return null;
  return stem;
}

/** 0 for no word character, 1 for Latin and every other script, 2 for Arabic script. */
function wordClass(text: string, i: number): 0 | 1 | 2 {
  const code = text.charCodeAt(i);
  if (code < 128) {
    const alnum = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    return alnum ? 1 : 0;
  }
  if (!WORD_CHAR.test(text.charAt(i))) return 0;
  const arabic =
    (code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0x8a0 && code <= 0x8ff);
  return arabic ? 2 : 1;
}

const isDigit = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
};

// Where the word starting at i ends. A word is a run of letters, marks and digits of one script
// class: Arabic and Latin letters never share a word, so the conjunction glued in 'وDocker' stays
// apart. 'C++', 'C#' and 'F#' keep their symbols, with a glued version ('C++17'); a possessive "'s"
// stays on the word so that the key can drop it.
function wordEnd(text: string, i: number): number {
  const kind = wordClass(text, i);
  let j = i + 1;
  while (j < text.length && wordClass(text, j) === kind) j++;
  if (kind === 1 && text.startsWith('++', j)) j += 2;
  else if (kind === 1 && text[j] === '#') j += 1;
  if (j > i && (text[j - 1] === '+' || text[j - 1] === '#')) while (isDigit(text, j)) j++;
  if (
    (text[j] === "'" || text[j] === '’') &&
    (text[j + 1] === 's' || text[j + 1] === 'S') &&
    wordClass(text, j + 2) === 0
  ) {
    j += 2;
  }
  return j;
}

/** Cuts text into tokens with keys and offsets; punctuation between words is left out. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => {
    const key = tokenKey(text.slice(start, end));
    if (key !== '') tokens.push({ key, bareKey: bareKeyOf(key), start, end });
  };
  let i = 0;
  while (i < text.length) {
    if (text[i] === '&') {
      push(i, i + 1);
      i++;
    } else if (wordClass(text, i) !== 0) {
      // A leading dot belongs to the word when nothing word-like precedes it: '.NET', not 'node.js'.
      const dotted =
        text[i - 1] === '.' && (i < 2 || wordClass(text, i - 2) === 0) && LETTER.test(text.charAt(i));
      const end = wordEnd(text, i);
      push(dotted ? i - 1 : i, end);
      i = end;
    } else i++;
  }
  return tokens;
}

/** The comparison key of a whole phrase: its token keys joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenise(phrase)
    .map((token) => token.key)
    .join(' ');
}

// Inside one phrase, words may be separated by spaces, or by a single hyphen, slash or underscore
// (with or without spaces), or by a dot with no space ('node.js'). Anything else (a comma, a
// bracket, a sentence end, a blank line) ends the phrase.
const PHRASE_GAP = /^(?:[ \t\u00a0]*\n?[ \t\u00a0]*|[ \t\u00a0]*[-/_–][ \t\u00a0]*|\.)$/u;

/** True when the text between two tokens lets them belong to one phrase. */
export function joinsPhrase(gap: string): boolean {
  return PHRASE_GAP.test(gap);
}

const SINGULAR_RULES: readonly [RegExp, string][] = [
  [/([^aeiou])ies$/u, '$1y'],
  [/(ss|x|ch|sh)es$/u, '$1'],
  [/([^su])s$/u, '$1'],
];

/** The other grammatical number of a word ('gpu' ↔ 'gpus', 'ontology' ↔ 'ontologies'), or null. */
export function otherNumber(word: string): string | null {
  if (!/^\p{Ll}+$/u.test(word) || word.length < 3) return null;
  if (word.endsWith('s')) {
    // Short words ending in s are mostly acronyms or names ('aws', 'sas'), not plurals, and fields
    // ending in -ics are singular nouns ('robotics' is not many 'robotic').
    if (word.length < 5 || word.endsWith('ics')) return null;
    for (const [pattern, replacement] of SINGULAR_RULES) {
      if (pattern.test(word)) return word.replace(pattern, replacement);
    }
    return null;
  }
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(x|ch|sh)$/u.test(word)) return `${word}es`;
  return `${word}s`;
}

// Tags, links and e-mail addresses become spaces and entities become their character padded with
// spaces, so every offset into the masked text is also an offset into the original. A link such as
// github.com/org/pytorch-demo names a place, not a skill.
const TAG = /<\/?[a-zA-Z][^<>]{0,500}>|<!--[\s\S]*?-->/g;
const ENTITY = /&(amp|nbsp|lt|gt|quot|apos|#39|#x27);/g;
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const ENTITY_CHAR: Readonly<Record<string, string>> = {
  amp: '&',
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
};

const blank = (found: string) => ' '.repeat(found.length);
const MAY_LINK = /:\/\/|www\.|@/u;

/** Blanks out HTML tags, links and e-mail addresses and decodes entities without moving any character. */
export function maskMarkup(text: string): string {
  const unlinked = MAY_LINK.test(text) ? text.replace(LINK, blank) : text;
  if (!unlinked.includes('<') && !unlinked.includes('&')) return unlinked;
  return unlinked
    .replace(TAG, blank)
    .replace(ENTITY, (entity, name: string) => (ENTITY_CHAR[name] ?? ' ').padEnd(entity.length, ' '));
}
