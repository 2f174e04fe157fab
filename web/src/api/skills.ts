import type { z } from 'zod';
import {
  type SkillSummary,
  skillExtractResponse,
  skillSearchResponse,
} from '../../../src/contracts/skills.js';
import { requestJson } from './client';

export type { SkillSummary };

/** Canonical skills whose name or an alias matches the query ('k8s' finds Kubernetes). */
export async function searchSkills(query: string, limit = 10): Promise<SkillSummary[]> {
  const params = new URLSearchParams({ q: query, limit: String(limit) });
  return (await requestJson('GET', `/api/skills/search?${params}`, skillSearchResponse)).skills;
}

export type SuggestedSkill = z.infer<typeof skillExtractResponse>['skills'][number];

/** Skills the taxonomy recognises in free text, such as a position's description. */
export async function extractSkills(text: string): Promise<SuggestedSkill[]> {
  return (await requestJson('POST', '/api/skills/extract', skillExtractResponse, { text })).skills;
}
