import type { EvidenceStrength, ProfileItemBody } from '../../contracts/profile.js';

/** Strengths from weakest to strongest; the index is the rank. */
export const EVIDENCE_ORDER: readonly EvidenceStrength[] = [
  'claimed',
  'used_in_project',
  'measured_project',
  'certified_or_published',
];

/**
 * The one rule for how well a skill is backed, shown to the candidate and read by matching:
 * claimed (no evidence) < used in a project or a role < a project with measured results and a
 * public link < a certification or publication. A skill takes the strongest of its evidence.
 */
export function evidenceStrength(evidence: readonly ProfileItemBody[]): EvidenceStrength {
  let best = 0;
  for (const item of evidence) best = Math.max(best, EVIDENCE_ORDER.indexOf(strengthOf(item)));
  return EVIDENCE_ORDER[best] ?? 'claimed';
}

function strengthOf(item: ProfileItemBody): EvidenceStrength {
  switch (item.kind) {
    case 'certification':
    case 'publication':
      return 'certified_or_published';
    case 'project': {
      const hasLink = Object.values(item.links).some(Boolean);
      return item.results.length > 0 && hasLink ? 'measured_project' : 'used_in_project';
    }
    case 'role':
      return 'used_in_project';
    case 'education':
      return 'claimed';
  }
}

/** The strength as a 0..1 multiplier, for scores that weigh evidence. */
export function evidenceWeight(strength: EvidenceStrength): number {
  return [0.4, 0.7, 0.9, 1][EVIDENCE_ORDER.indexOf(strength)] ?? 0.4;
}
