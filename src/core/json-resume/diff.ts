// A preview of what applying an import would change, per section, so the candidate sees it before saving:
// which entries are added, updated (with the fields that change) or removed, and how many stay as they are.
import type { Basics, ProfileItem, ProfileItemKind } from '../../contracts/profile.js';
import { itemTitle, matchItems } from './item-keys.js';
import type { CustomSkillInput, ProfileDraft, SkillInput } from './types.js';

export interface ChangeEntry {
  /** Item id, skill id, or unverified skill name. */
  key: string;
  title: string;
  /** For updates: the fields whose values change. */
  fields: string[];
}

export interface SectionDiff {
  added: ChangeEntry[];
  updated: ChangeEntry[];
  removed: ChangeEntry[];
  counts: { added: number; updated: number; removed: number; unchanged: number };
}

export type PreviewSection = ProfileItemKind | 'skills' | 'customSkills';

export interface ProfilePreview {
  /** Basics fields whose values change. */
  basics: (keyof Basics)[];
  sections: Record<PreviewSection, SectionDiff>;
  totals: { added: number; updated: number; removed: number };
  hasChanges: boolean;
}

export interface DiffOptions {
  /** Display names for skill ids in titles; the id is shown without it. */
  skillName?: (id: string) => string;
}

const KINDS: ProfileItemKind[] = ['role', 'education', 'project', 'certification', 'publication'];

// Key order and absent-versus-undefined do not count as changes; evidence order does not either.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function changedFields(a: object, b: object, ignore: string[] = []): string[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].filter((key) => !ignore.includes(key) && !same(left[key], right[key])).sort();
}

function emptyDiff(): SectionDiff {
  return { added: [], updated: [], removed: [], counts: { added: 0, updated: 0, removed: 0, unchanged: 0 } };
}

function count(diff: SectionDiff, unchanged: number): SectionDiff {
  diff.counts = {
    added: diff.added.length,
    updated: diff.updated.length,
    removed: diff.removed.length,
    unchanged,
  };
  return diff;
}

function diffItems(current: ProfileItem[], next: ProfileItem[]): SectionDiff {
  const diff = emptyDiff();
  const pairs = matchItems(current, next);
  const kept = new Set([...pairs.values()].map((item) => item.id));
  let unchanged = 0;
  for (const item of next) {
    const before = pairs.get(item.id);
    if (!before) diff.added.push({ key: item.id, title: itemTitle(item), fields: [] });
    else {
      const fields = changedFields(before, item, ['id']);
      if (fields.length > 0) diff.updated.push({ key: before.id, title: itemTitle(item), fields });
      else unchanged += 1;
    }
  }
  for (const item of current) {
    if (!kept.has(item.id)) diff.removed.push({ key: item.id, title: itemTitle(item), fields: [] });
  }
  return count(diff, unchanged);
}

function diffKeyed<T extends object>(
  current: T[],
  next: T[],
  keyOf: (value: T) => string,
  titleOf: (value: T) => string,
  normalise: (value: T) => object,
): SectionDiff {
  const diff = emptyDiff();
  const before = new Map(current.map((value) => [keyOf(value), value]));
  const after = new Set(next.map(keyOf));
  let unchanged = 0;
  for (const value of next) {
    const old = before.get(keyOf(value));
    if (!old) diff.added.push({ key: keyOf(value), title: titleOf(value), fields: [] });
    else {
      const fields = changedFields(normalise(old), normalise(value));
      if (fields.length > 0) diff.updated.push({ key: keyOf(value), title: titleOf(value), fields });
      else unchanged += 1;
    }
  }
  for (const value of current) {
    if (!after.has(keyOf(value))) diff.removed.push({ key: keyOf(value), title: titleOf(value), fields: [] });
  }
  return count(diff, unchanged);
}

function skillView(skill: SkillInput): object {
  // Only the contract's fields count (profile skills also carry display fields), evidence as a set.
  const { skillId, proficiency, years, lastUsed, evidence } = skill;
  return { skillId, proficiency, years, lastUsed, evidence: [...evidence].sort() };
}

/** What changes between the current profile and a candidate next version (e.g. mergeProfiles' result). */
export function diffProfiles(
  current: ProfileDraft,
  next: ProfileDraft,
  options: DiffOptions = {},
): ProfilePreview {
  const skillName = options.skillName ?? ((id: string) => id);
  const sections = {} as Record<PreviewSection, SectionDiff>;
  for (const kind of KINDS) {
    sections[kind] = diffItems(
      current.items.filter((item) => item.kind === kind),
      next.items.filter((item) => item.kind === kind),
    );
  }
  sections.skills = diffKeyed(
    current.skills,
    next.skills,
    (s) => s.skillId,
    (s) => skillName(s.skillId),
    skillView,
  );
  sections.customSkills = diffKeyed<CustomSkillInput>(
    current.customSkills,
    next.customSkills,
    (s) => s.name.toLowerCase(),
    (s) => s.name,
    (s) => ({ name: s.name, proficiency: s.proficiency }),
  );
  const basics = changedFields(current.basics, next.basics) as (keyof Basics)[];
  const totals = { added: 0, updated: 0, removed: 0 };
  for (const diff of Object.values(sections)) {
    totals.added += diff.counts.added;
    totals.updated += diff.counts.updated;
    totals.removed += diff.counts.removed;
  }
  const hasChanges = basics.length > 0 || totals.added + totals.updated + totals.removed > 0;
  return { basics, sections, totals, hasChanges };
}
