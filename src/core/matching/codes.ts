// Small integer codes for skill ids and country codes, shared by the scorer and the indexes so that
// both compare integers and index typed arrays. Taxonomy skills get codes in taxonomy order; an id
// outside the taxonomy (a custom or retired skill) is given the next code the first time it is
// seen, so it still matches the same id on the other side but nothing related. The tables only
// grow, and a code never changes meaning within a process.
import { TAXONOMY } from '../skills/index.js';

const skillIds: string[] = TAXONOMY.map((skill) => skill.id);
const skillCodes = new Map<string, number>(skillIds.map((id, code) => [id, code]));

/** The code of a skill id, assigning one to an id seen for the first time. */
export function skillCode(skillId: string): number {
  const code = skillCodes.get(skillId);
  if (code !== undefined) return code;
  skillIds.push(skillId);
  skillCodes.set(skillId, skillIds.length - 1);
  return skillIds.length - 1;
}

/** The skill id of a code. */
export function skillIdOf(code: number): string {
  const id = skillIds[code];
  if (id === undefined) throw new RangeError(`Unknown skill code ${code}`);
  return id;
}

/** How many skill codes exist so far (taxonomy size plus ids seen outside it). */
export function skillCodeCount(): number {
  return skillIds.length;
}

const countryIsos: string[] = [];
const countryCodes = new Map<string, number>();

/** The code of an ISO 3166 alpha-2 country, assigning one on first sight. */
export function countryCode(iso: string): number {
  const code = countryCodes.get(iso);
  if (code !== undefined) return code;
  countryIsos.push(iso);
  countryCodes.set(iso, countryIsos.length - 1);
  return countryIsos.length - 1;
}

/** The ISO code of a country code. */
export function countryIsoOf(code: number): string {
  const iso = countryIsos[code];
  if (iso === undefined) throw new RangeError(`Unknown country code ${code}`);
  return iso;
}
