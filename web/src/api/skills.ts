import { type SkillSummary, skillSearchResponse } from '../../../src/contracts/skills.js';
import { requestJson } from './client';

export type { SkillSummary };

/** Canonical skills whose name or an alias matches the query ('k8s' finds Kubernetes). */
export async function searchSkills(query: string, limit = 10): Promise<SkillSummary[]> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  return (await requestJson('GET', `/api/skills/search?${params}`, skillSearchResponse)).skills;
}
