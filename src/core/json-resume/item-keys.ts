// How two profile items are recognised as "the same entry" across an import, and how one is named in a
// preview. Natural keys, compared case- and space-insensitively: role = employer + title + start date,
// education = institution + area, project = title, certification = name + issuer, publication = DOI when
// both have one, otherwise the title.
import type { ProfileItem, ProfileItemBody } from '../../contracts/profile.js';

function norm(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** True when two items are the same entry by kind and natural key. */
export function sameNaturalKey(a: ProfileItemBody, b: ProfileItemBody): boolean {
  if (a.kind === 'role' && b.kind === 'role') {
    return (
      norm(a.employer) === norm(b.employer) && norm(a.title) === norm(b.title) && a.startDate === b.startDate
    );
  }
  if (a.kind === 'education' && b.kind === 'education') {
    return norm(a.institution) === norm(b.institution) && norm(a.area) === norm(b.area);
  }
  if (a.kind === 'project' && b.kind === 'project') return norm(a.title) === norm(b.title);
  if (a.kind === 'certification' && b.kind === 'certification') {
    return norm(a.name) === norm(b.name) && norm(a.issuer) === norm(b.issuer);
  }
  if (a.kind === 'publication' && b.kind === 'publication') {
    if (a.doi && b.doi) return norm(a.doi) === norm(b.doi);
    return norm(a.title) === norm(b.title);
  }
  return false;
}

/** A short human title for an item, as a preview lists it. */
export function itemTitle(item: ProfileItemBody): string {
  switch (item.kind) {
    case 'role':
      return `${item.title} at ${item.employer}`;
    case 'education':
      return [[item.studyType, item.area].filter(Boolean).join(' '), item.institution]
        .filter(Boolean)
        .join(', ');
    case 'project':
      return item.title;
    case 'certification':
      return `${item.name} (${item.issuer})`;
    case 'publication':
      return item.title;
  }
}

/**
 * Pairs incoming items with current ones, one to one: first by id (an item already in the profile),
 * then by natural key. Returns incoming id → the current item it is.
 */
export function matchItems(current: ProfileItem[], incoming: ProfileItem[]): Map<string, ProfileItem> {
  const pairs = new Map<string, ProfileItem>();
  const taken = new Set<string>();
  const currentIds = new Map(current.map((item) => [item.id, item]));
  for (const item of incoming) {
    const same = currentIds.get(item.id);
    if (same && same.kind === item.kind) {
      pairs.set(item.id, same);
      taken.add(same.id);
    }
  }
  for (const item of incoming) {
    if (pairs.has(item.id)) continue;
    const same = current.find((candidate) => !taken.has(candidate.id) && sameNaturalKey(candidate, item));
    if (same) {
      pairs.set(item.id, same);
      taken.add(same.id);
    }
  }
  return pairs;
}
