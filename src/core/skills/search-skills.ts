// Ranks taxonomy skills for a typed query, for an autocomplete skill picker: exact names first,
// then prefixes of names and aliases, then word prefixes, then substrings.
import type { Skill } from './skill.js';
import { phraseKey } from './surface-form.js';
import { TAXONOMY } from './taxonomy.js';

/** A taxonomy skill matching a search query, with its score (0..1] and the form that matched. */
export interface SkillSearchHit {
  readonly skill: Skill;
  readonly score: number;
  /** The name or alias that matched, as written in the taxonomy. */
  readonly matched: string;
}

interface SearchForm {
  readonly written: string;
  /** Token keys joined by spaces ('scikit learn') and with nothing between them ('scikitlearn'). */
  readonly spaced: string;
  readonly compact: string;
  /** The spaced key from each word on ('azure machine learning', 'machine learning', 'learning'). */
  readonly fromEachWord: readonly string[];
  readonly isName: boolean;
}

interface SearchEntry {
  readonly skill: Skill;
  readonly forms: readonly SearchForm[];
}

const prominence = (skill: Skill) => skill.aliases.length + skill.related.length;

function searchForm(written: string, isName: boolean): SearchForm {
  const spaced = phraseKey(written);
  const words = spaced.split(' ');
  const fromEachWord = words.map((_, i) => words.slice(i).join(' '));
  return { written, spaced, compact: spaced.replaceAll(' ', ''), fromEachWord, isName };
}

const ENTRIES: readonly SearchEntry[] = TAXONOMY.map((skill) => ({
  skill,
  forms: [
    searchForm(skill.name, true),
    ...[...skill.aliases, ...(skill.contextAliases ?? [])].map((alias) => searchForm(alias, false)),
  ],
}));

// Scores by kind of match; a name scores a little above an alias matched the same way.
const SCORE = { exact: 1, prefix: 0.85, wordPrefix: 0.7, substring: 0.5 } as const;
const ALIAS_PENALTY = 0.05;

function scoreForm(form: SearchForm, spaced: string, compact: string): number {
  let score = 0;
  if (form.spaced === spaced || form.compact === compact) score = SCORE.exact;
  else if (form.spaced.startsWith(spaced) || form.compact.startsWith(compact)) {
    // Among prefixes, the form the query covers most of comes first ('py' → 'PyTorch' before 'PyTorch Lightning').
    score = SCORE.prefix + 0.1 * (compact.length / form.compact.length);
  } else if (form.fromEachWord.some((rest) => rest.startsWith(spaced))) {
    score = SCORE.wordPrefix + 0.1 * (compact.length / form.compact.length);
  } else if (compact.length >= 3 && form.compact.includes(compact)) score = SCORE.substring;
  return form.isName || score === 0 ? score : score - ALIAS_PENALTY;
}

/** Taxonomy skills matching a typed query, best first; an empty query matches nothing. */
export function searchSkills(query: string, limit = 10): SkillSearchHit[] {
  const spaced = phraseKey(query);
  const compact = spaced.replaceAll(' ', '');
  if (compact === '' || limit <= 0) return [];
  const hits: SkillSearchHit[] = [];
  for (const entry of ENTRIES) {
    let best: SkillSearchHit | null = null;
    for (const form of entry.forms) {
      const score = scoreForm(form, spaced, compact);
      if (score > (best?.score ?? 0))
        best = { skill: entry.skill, score: Math.round(score * 1000) / 1000, matched: form.written };
    }
    if (best !== null) hits.push(best);
  }
  // Ties go to the better-known skill, which the taxonomy gives more aliases and related edges
  // ('scikit' → scikit-learn before scikit-image), then to the shorter name.
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      prominence(b.skill) - prominence(a.skill) ||
      a.skill.name.length - b.skill.name.length ||
      a.skill.name.localeCompare(b.skill.name),
  );
  return hits.slice(0, limit);
}
