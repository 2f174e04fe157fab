// Which skills earn credit towards a wanted skill, and how much: the skill itself in full, its
// taxonomy relations by their weight (above the configured floor), its direct parent and its
// direct children by configured credits. Where two relations link the same pair, the larger wins.
import { findSkill, TAXONOMY } from '../skills/index.js';
import { skillCode } from './codes.js';
import type { MatchConfig } from './config.js';

export type SourceRelation = 'same' | 'related' | 'parent' | 'child';

/** A skill that earns credit towards a wanted skill. */
export interface CreditSource {
  readonly skillId: string;
  readonly code: number;
  /** The share of full credit it can earn, in (0, 1]. */
  readonly weight: number;
  readonly relation: SourceRelation;
}

const childrenOf = new Map<string, string[]>();
for (const skill of TAXONOMY) {
  if (skill.parent === null) continue;
  const siblings = childrenOf.get(skill.parent);
  if (siblings === undefined) childrenOf.set(skill.parent, [skill.id]);
  else siblings.push(skill.id);
}

const cache = new WeakMap<MatchConfig, Map<string, readonly CreditSource[]>>();

/**
 * The sources for a wanted skill, the skill itself first, then by weight (heaviest first) and id.
 * Cached per configuration object.
 */
export function creditSources(skillId: string, config: MatchConfig): readonly CreditSource[] {
  let byId = cache.get(config);
  if (byId === undefined) {
    byId = new Map();
    cache.set(config, byId);
  }
  const cached = byId.get(skillId);
  if (cached !== undefined) return cached;
  const sources = computeSources(skillId, config);
  byId.set(skillId, sources);
  return sources;
}

function computeSources(skillId: string, config: MatchConfig): CreditSource[] {
  const best = new Map<string, { weight: number; relation: SourceRelation }>();
  const offer = (id: string, weight: number, relation: SourceRelation) => {
    if (id === skillId || weight <= 0) return;
    const seen = best.get(id);
    if (seen === undefined || weight > seen.weight) best.set(id, { weight: Math.min(1, weight), relation });
  };
  const skill = findSkill(skillId);
  if (skill !== undefined) {
    for (const { id, weight } of skill.related) {
      if (weight >= config.relatedCreditFloor) offer(id, weight, 'related');
    }
    if (skill.parent !== null) offer(skill.parent, config.parentCredit, 'parent');
    for (const child of childrenOf.get(skillId) ?? []) offer(child, config.childCredit, 'child');
  }
  const others = [...best]
    .map(([id, { weight, relation }]) => ({ skillId: id, code: skillCode(id), weight, relation }))
    .sort((a, b) => b.weight - a.weight || (a.skillId < b.skillId ? -1 : 1));
  return [{ skillId, code: skillCode(skillId), weight: 1, relation: 'same' }, ...others];
}
