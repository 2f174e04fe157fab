// When a short or everyday word ('R', 'Go', 'C', 'Spark', 'React') really names a skill. A mention
// counts when a neighbouring skill or a telling word vouches for it and no veto applies: 'Python and
// R' and 'programming in R' count, 'R&D', 'the letter R', 'go live' and "let's go" do not.
import {
  CONJUNCTIONS,
  GO_VETO_AFTER,
  GO_VETO_BEFORE,
  LETTER_VETO_BEFORE,
  PERSON_NAMES,
  PHRASES_BEFORE,
  SKILL_WORDS,
  TITLES,
  WORDS_AFTER_LANGUAGE,
  WORDS_BEFORE,
} from './context-words.js';
import type { Token } from './surface-form.js';

/** Why a context-dependent mention was accepted. */
export type ContextCue = 'neighbour' | 'keyword' | 'case';

/** The slice of a candidate mention the rules look at. */
export interface MentionSite {
  /** Index of the mention's first and last token. */
  readonly first: number;
  readonly last: number;
  readonly skillId: string;
  /** The taxonomy forms that vouch by exact capitalisation ('Spark', 'REST'). */
  readonly casePatterns: readonly string[];
}

const LIST_PUNCTUATION = /[\s,;|/()[\]{}+&·•*،–-]+/gu;

/** True when the text between two mentions is only list punctuation and conjunctions. */
export function isListGap(gap: string): boolean {
  if (gap.length > 16) return false;
  const words = gap.replace(LIST_PUNCTUATION, ' ').trim();
  if (words === '') return true;
  return words.split(' ').every((word) => CONJUNCTIONS.has(word.toLowerCase()));
}

function keyAt(tokens: readonly Token[], index: number): string {
  return tokens[index]?.key ?? '';
}

const GLUED_AFTER = /^[-&.'’][\p{L}\p{N}]/u;
const GLUED_BEFORE = /[\p{L}\p{N}][-&.@#$°]$|[-&@#$°]$/u;
const YEAR = /^(?:19|20)\d\d$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * True when the mention is plainly something else: 'R&D', 'C-suite', 'go live', 'Julia Smith'.
 * mentionAt tells whether a token starts another skill mention ('Ray Kubernetes' is a list).
 */
export function isVetoed(
  text: string,
  tokens: readonly Token[],
  site: MentionSite,
  mentionAt: (tokenIndex: number) => boolean,
): boolean {
  const firstToken = tokens[site.first];
  const lastToken = tokens[site.last];
  if (firstToken === undefined || lastToken === undefined) return true;
  if (GLUED_AFTER.test(text.slice(lastToken.end, lastToken.end + 2))) return true;
  if (GLUED_BEFORE.test(text.slice(Math.max(0, firstToken.start - 2), firstToken.start))) return true;
  const before = keyAt(tokens, site.first - 1);
  const after = keyAt(tokens, site.last + 1);
  const afterAfter = keyAt(tokens, site.last + 2);
  // 'R & D', 'P and L': a conjunction and a lone letter make an abbreviation, not a list.
  if (after === 'and' && afterAfter.length === 1 && !['r', 'c'].includes(afterAfter)) return true;
  if (
    before === 'and' &&
    keyAt(tokens, site.first - 2).length === 1 &&
    firstToken.end - firstToken.start === 1
  ) {
    return true;
  }
  if (YEAR.test(after)) return true;
  const word = firstToken.key;
  if (word.length === 1 && LETTER_VETO_BEFORE.has(before)) return true;
  if (site.skillId === 'go' && (GO_VETO_AFTER.has(after) || GO_VETO_BEFORE.has(before))) return true;
  if (PERSON_NAMES.has(word)) {
    const next = tokens[site.last + 1];
    const nextIsName =
      next !== undefined &&
      !mentionAt(site.last + 1) &&
      CAPITALISED.test(text.slice(next.start, next.end)) &&
      /^\s+$/u.test(text.slice(lastToken.end, next.start));
    if (TITLES.has(before) || nextIsName) return true;
  }
  return false;
}

/** True when a nearby word vouches for the skill ('R programming', 'written in Go', 'Ray Serve'). */
export function hasKeywordCue(tokens: readonly Token[], site: MentionSite): boolean {
  const before = keyAt(tokens, site.first - 1);
  const before2 = `${keyAt(tokens, site.first - 2)} ${before}`;
  const after = keyAt(tokens, site.last + 1);
  const own = SKILL_WORDS[site.skillId] ?? [];
  return (
    WORDS_AFTER_LANGUAGE.has(after) ||
    WORDS_BEFORE.has(before) ||
    PHRASES_BEFORE.has(before2) ||
    own.includes(after) ||
    own.includes(before)
  );
}

const SENTENCE_START = /(?:^|[.!?:;\n•*·>"“]|^\s*-)\s*$/u;

/** True when the mention is written exactly as a taxonomy form ('Spark') and not opening a sentence. */
export function hasCaseCue(text: string, tokens: readonly Token[], site: MentionSite): boolean {
  const firstToken = tokens[site.first];
  const lastToken = tokens[site.last];
  if (firstToken === undefined || lastToken === undefined) return false;
  const written = text.slice(firstToken.start, lastToken.end);
  if (!site.casePatterns.includes(written)) return false;
  // An all-capitals form such as 'REST' is telling anywhere; 'Spark' could just open a sentence.
  if (written === written.toUpperCase()) return true;
  return !SENTENCE_START.test(text.slice(Math.max(0, firstToken.start - 40), firstToken.start));
}
