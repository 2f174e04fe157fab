// Combining an imported résumé with the current profile, before anything is saved (diffProfiles shows the
// result first).
// - replace: the profile becomes the import, but an imported entry that is the same entry as a current one
//   (same kind and natural key, see item-keys.ts) keeps the current id, so links to it survive.
// - merge: an upsert. Matched entries take the imported non-empty values (the file is the newer statement)
//   and keep what the file leaves empty; lists are unioned. New entries are appended. Skills pair by id,
//   keeping the higher proficiency, the longer years, the later last use and the union of evidence.
//   Nothing the candidate has is ever blanked by merge.
import type { Basics, ProfileItem } from '../../contracts/profile.js';
import { compact } from './fields.js';
import { MAX_CUSTOM_SKILLS, MAX_SKILLS } from './import-skills.js';
import { matchItems } from './item-keys.js';
import type { CustomSkillInput, ImportNote, ProfileDraft, SkillInput } from './types.js';

export type MergeMode = 'merge' | 'replace';

export interface MergeResult {
  profile: ProfileDraft;
  /** What the contract's limits kept out of the merged profile. */
  dropped: ImportNote[];
}

// The contract's list limits inside items; unions are cut to them.
const LIST_LIMITS: Record<string, number> = { highlights: 30, skills: 40, results: 10, authors: 100 };
const MAX_EVIDENCE = 20;
const MAX_LANGUAGES = 20;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listKey(value: unknown): string {
  if (typeof value === 'string') return value.trim().toLowerCase();
  // Results are the same result when they measure the same thing.
  if (isRecord(value) && typeof value.metric === 'string') return value.metric.trim().toLowerCase();
  return JSON.stringify(value);
}

function unionList(current: unknown[], incoming: unknown[]): unknown[] {
  const byKey = new Map<string, unknown>();
  for (const value of current) byKey.set(listKey(value), value);
  for (const value of incoming) byKey.set(listKey(value), value);
  return [...byKey.values()];
}

function mergeField(
  key: string,
  current: unknown,
  incoming: unknown,
  notes: ImportNote[],
  at: string,
): unknown {
  if (incoming === undefined || incoming === null) return current;
  if (typeof incoming === 'string') {
    // A value that differs only in case or spacing ("ACME" for "Acme") is not worth overwriting.
    const same =
      typeof current === 'string' &&
      listKey(current).replace(/\s+/g, ' ') === listKey(incoming).replace(/\s+/g, ' ');
    return incoming.trim() === '' || same ? current : incoming;
  }
  if (Array.isArray(incoming) && Array.isArray(current)) {
    // An author list is an ordered statement, not a set: the file's list replaces ours when it has one.
    if (key === 'authors') return incoming.length > 0 ? incoming : current;
    const merged = unionList(current, incoming);
    const limit = LIST_LIMITS[key] ?? merged.length;
    if (merged.length > limit)
      notes.push({ path: `${at}.${key}`, reason: `Kept ${limit} of ${merged.length} entries` });
    return merged.slice(0, limit);
  }
  if (isRecord(incoming) && isRecord(current)) return { ...current, ...compact(incoming) };
  return incoming;
}

function mergeItem(current: ProfileItem, incoming: ProfileItem, notes: ImportNote[]): ProfileItem {
  const merged: Record<string, unknown> = { ...current };
  const at = `items.${current.id}`;
  for (const [key, value] of Object.entries(incoming)) {
    if (key === 'id' || key === 'kind') continue;
    merged[key] = mergeField(key, merged[key], value, notes, at);
  }
  // Same kind, same keys, values of the same types: still a valid item of that kind.
  return merged as ProfileItem;
}

function mergeBasics(current: Basics, incoming: Basics): Basics {
  const languages = new Map(current.languages.map((l) => [l.language.toLowerCase(), l]));
  for (const l of incoming.languages) languages.set(l.language.toLowerCase(), l);
  return {
    headline: incoming.headline || current.headline,
    summary: incoming.summary || current.summary,
    country: incoming.country ?? current.country,
    city: incoming.city || current.city,
    yearsExperience: incoming.yearsExperience ?? current.yearsExperience,
    languages: [...languages.values()].slice(0, MAX_LANGUAGES),
  };
}

function toSkillInput(skill: SkillInput, ids: Map<string, string>): SkillInput {
  // Profile skills carry display fields (name, category, strength); the draft keeps the contract's input.
  return {
    skillId: skill.skillId,
    proficiency: skill.proficiency,
    years: skill.years,
    lastUsed: skill.lastUsed,
    evidence: [...new Set(skill.evidence.map((id) => ids.get(id) ?? id))],
  };
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

function mergeSkill(a: SkillInput, b: SkillInput): SkillInput {
  const years = a.years === null ? b.years : b.years === null ? a.years : Math.max(a.years, b.years);
  const lastUsed = later(a.lastUsed, b.lastUsed);
  return {
    skillId: a.skillId,
    proficiency: Math.max(a.proficiency, b.proficiency),
    years,
    lastUsed,
    evidence: [...new Set([...a.evidence, ...b.evidence])].slice(0, MAX_EVIDENCE),
  };
}

function capped<T>(values: T[], limit: number, path: string, what: string, notes: ImportNote[]): T[] {
  if (values.length <= limit) return values;
  notes.push({
    path,
    reason: `At most ${limit} ${what}: ${values.length - limit} imported ones were not added`,
  });
  return values.slice(0, limit);
}

/** Combines the current profile with an imported one; see the file comment for the rules of each mode. */
export function mergeProfiles(current: ProfileDraft, imported: ProfileDraft, mode: MergeMode): MergeResult {
  const notes: ImportNote[] = [];
  const pairs = matchItems(current.items, imported.items);
  const ids = new Map([...pairs].map(([importedId, item]) => [importedId, item.id]));
  const importedSkills = imported.skills.map((s) => toSkillInput(s, ids));
  if (mode === 'replace') {
    const items = imported.items.map((item) => ({ ...item, id: ids.get(item.id) ?? item.id }));
    return {
      profile: {
        basics: imported.basics,
        items,
        skills: importedSkills,
        customSkills: [...imported.customSkills],
      },
      dropped: notes,
    };
  }
  const incomingFor = new Map([...pairs].map(([importedId, item]) => [item.id, importedId]));
  const importedById = new Map(imported.items.map((item) => [item.id, item]));
  const items = current.items.map((item) => {
    const incoming = importedById.get(incomingFor.get(item.id) ?? '');
    return incoming ? mergeItem(item, incoming, notes) : item;
  });
  items.push(...imported.items.filter((item) => !pairs.has(item.id)));

  const skills = new Map(current.skills.map((s) => [s.skillId, toSkillInput(s, ids)]));
  for (const skill of importedSkills) {
    const existing = skills.get(skill.skillId);
    skills.set(skill.skillId, existing ? mergeSkill(existing, skill) : skill);
  }
  const custom = new Map<string, CustomSkillInput>(
    current.customSkills.map((s) => [s.name.toLowerCase(), s]),
  );
  for (const skill of imported.customSkills) {
    const existing = custom.get(skill.name.toLowerCase());
    custom.set(skill.name.toLowerCase(), {
      name: existing?.name ?? skill.name,
      proficiency: Math.max(existing?.proficiency ?? 0, skill.proficiency),
    });
  }
  return {
    profile: {
      basics: mergeBasics(current.basics, imported.basics),
      items,
      skills: capped([...skills.values()], MAX_SKILLS, 'skills', 'skills', notes),
      customSkills: capped(
        [...custom.values()],
        MAX_CUSTOM_SKILLS,
        'customSkills',
        'unverified skills',
        notes,
      ),
    },
    dropped: notes,
  };
}
