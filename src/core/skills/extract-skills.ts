// Finds taxonomy skills in free text (job posts, profiles, CVs). Pure: text in, mentions out.
// One left-to-right pass over the tokens walks the phrase trie and keeps the longest phrase at each
// position; context-dependent mentions ('R', 'Spark') are then settled against their neighbours.
import { hasCaseCue, hasKeywordCue, isListGap, isVetoed, type MentionSite } from './context-rules.js';
import type { IndexedForm } from './phrase-index.js';
import { SKILL_INDEX } from './skill-index.js';
import { joinsPhrase, maskMarkup, type Token, tokenise } from './surface-form.js';

/** One skill mention found in a text. */
export interface ExtractedSkill {
  readonly skillId: string;
  readonly name: string;
  readonly esco?: string;
  /** Offsets into the original text (end exclusive) and the text they cover. */
  readonly span: { readonly start: number; readonly end: number; readonly text: string };
  /** 1.0 for the canonical name as written, less for aliases and variants, least for context reads. */
  readonly confidence: number;
}

export interface ExtractOptions {
  /** Drop mentions below this confidence (default 0: keep all). */
  readonly minConfidence?: number;
  /** Keep only the first mention of each skill (default false: every mention). */
  readonly unique?: boolean;
}

/** Confidence by how the mention matched; see ExtractedSkill.confidence. */
export const CONFIDENCE = {
  exactName: 1,
  name: 0.95,
  alias: 0.9,
  variant: 0.85,
  caseCue: 0.75,
  neighbourCue: 0.7,
  keywordCue: 0.65,
} as const;

type Status = 'accepted' | 'pending' | 'rejected';

interface Candidate {
  readonly form: IndexedForm;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly matchedBare: boolean;
  /** A dotted version followed the mention ('Spark 3.x', 'Go 1.22'): only products have those. */
  readonly dottedVersion: boolean;
  status: Status;
  confidence: number;
}

// A version after a skill is part of the mention: 'PyTorch 2.1', 'Spark 3.x', 'Java 8', 'Python3.10',
// 'Angular 2+'. A number followed by 'years' is an amount of experience, not a version.
const VERSION =
  /^(?:[ \t]?v?\d{1,4}(?:\.(?:\d{1,3}|x))*\+?|\.(?:\d{1,3}|x)(?:\.(?:\d{1,3}|x))*\+?)(?![\p{L}\p{N}])/iu;
const EXPERIENCE_AFTER = /^\s*\+?\s*(?:years?|yrs?|months?|yoe)\b/iu;

function versionLength(text: string, end: number): number {
  const match = VERSION.exec(text.slice(end, end + 16));
  if (match === null) return 0;
  if (EXPERIENCE_AFTER.test(text.slice(end + match[0].length, end + match[0].length + 12))) return 0;
  return match[0].length;
}

function longestAt(text: string, tokens: readonly Token[], first: number): Candidate | null {
  let node = SKILL_INDEX.root;
  let best: Candidate | null = null;
  for (let i = first; i < tokens.length; i++) {
    const token = tokens[i];
    const previous = tokens[i - 1];
    if (token === undefined) break;
    if (i > first && previous !== undefined && !joinsPhrase(text.slice(previous.end, token.start))) break;
    const start = tokens[first]?.start ?? token.start;
    // 'python3', 'tensorflow2': the glued version is dropped, and the match ends at this token.
    const bare = token.bareKey === null ? null : (node.children.get(token.bareKey)?.form ?? null);
    const child = node.children.get(token.key);
    const own = child?.form ?? null;
    const form = own ?? bare;
    if (form !== null) {
      best = {
        form,
        first,
        last: i,
        start,
        end: token.end,
        matchedBare: own === null,
        dottedVersion: false,
        status: 'pending',
        confidence: 0,
      };
    }
    if (child === undefined) break;
    node = child;
  }
  return best;
}

function baseConfidence(text: string, candidate: Candidate): number {
  if (candidate.matchedBare || candidate.form.kind === 'variant') return CONFIDENCE.variant;
  if (candidate.form.kind === 'alias') return CONFIDENCE.alias;
  const written = text.slice(candidate.start, candidate.end).replace(/\s+/gu, ' ');
  return written === candidate.form.skill.name ? CONFIDENCE.exactName : CONFIDENCE.name;
}

function scan(text: string, tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidate = longestAt(text, tokens, i);
    if (candidate === null) {
      i++;
      continue;
    }
    const version = versionLength(text, candidate.end);
    const dottedVersion = /[.x]/iu.test(text.slice(candidate.end, candidate.end + version));
    const withVersion = { ...candidate, end: candidate.end + version, dottedVersion };
    if (candidate.form.context === 'none') {
      withVersion.status = 'accepted';
      withVersion.confidence = baseConfidence(text, candidate);
    }
    found.push(withVersion);
    i = candidate.last + 1;
    while ((tokens[i]?.start ?? Number.POSITIVE_INFINITY) < withVersion.end) i++;
  }
  return found;
}

const isTechnical = (candidate: Candidate | undefined) =>
  candidate !== undefined &&
  candidate.status === 'accepted' &&
  candidate.form.skill.category !== 'professional';

function listNeighbour(text: string, found: readonly Candidate[], index: number): boolean {
  const self = found[index];
  if (self === undefined) return false;
  const previous = found[index - 1];
  const next = found[index + 1];
  return (
    (isTechnical(previous) && previous !== undefined && isListGap(text.slice(previous.end, self.start))) ||
    (isTechnical(next) && next !== undefined && isListGap(text.slice(self.end, next.start)))
  );
}

function siteOf(candidate: Candidate): MentionSite {
  const skill = candidate.form.skill;
  return {
    first: candidate.first,
    last: candidate.last,
    skillId: skill.id,
    casePatterns: skill.ambiguous === true ? [] : (skill.contextAliases ?? []),
  };
}

// Settles context-dependent mentions. Accepting one can vouch for the next ('R, Julia and Python'),
// so the loop runs until nothing changes; a vetoed mention is rejected whatever its neighbours say.
function settle(text: string, tokens: readonly Token[], found: Candidate[]): void {
  const starts = new Set(found.map((candidate) => candidate.first));
  const mentionAt = (tokenIndex: number) => starts.has(tokenIndex);
  for (const candidate of found) {
    if (candidate.status === 'pending' && isVetoed(text, tokens, siteOf(candidate), mentionAt)) {
      candidate.status = 'rejected';
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    found.forEach((candidate, index) => {
      if (candidate.status !== 'pending') return;
      const site = siteOf(candidate);
      const weak = candidate.form.context === 'weak';
      let confidence = 0;
      if (weak && hasCaseCue(text, tokens, site)) confidence = CONFIDENCE.caseCue;
      else if (listNeighbour(text, found, index)) confidence = CONFIDENCE.neighbourCue;
      else if (candidate.dottedVersion || hasKeywordCue(tokens, site)) confidence = CONFIDENCE.keywordCue;
      if (confidence > 0) {
        candidate.status = 'accepted';
        candidate.confidence = confidence;
        changed = true;
      }
    });
  }
}

/** Finds every taxonomy skill mentioned in a text, in order of appearance. */
export function extractSkills(text: string, options: ExtractOptions = {}): ExtractedSkill[] {
  const masked = maskMarkup(text);
  const tokens = tokenise(masked);
  const found = scan(masked, tokens);
  settle(masked, tokens, found);
  const minConfidence = options.minConfidence ?? 0;
  const seen = new Set<string>();
  const mentions: ExtractedSkill[] = [];
  for (const candidate of found) {
    if (candidate.status !== 'accepted' || candidate.confidence < minConfidence) continue;
    const skill = candidate.form.skill;
    if (options.unique === true) {
      if (seen.has(skill.id)) continue;
      seen.add(skill.id);
    }
    mentions.push({
      skillId: skill.id,
      name: skill.name,
      ...(skill.esco === undefined ? {} : { esco: skill.esco }),
      span: { start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end) },
      confidence: candidate.confidence,
    });
  }
  return mentions;
}
