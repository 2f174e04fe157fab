import { z } from 'zod';
import {
  type Basics,
  type CandidateView,
  type Completeness,
  candidateViewSchema,
  completenessSchema,
  type Goals,
  type JsonResumeImportResult,
  jsonResumeImportResponse,
  type Profile,
  type ProfileItem,
  type ProfileItemBody,
  profileItemSchema,
  profileSchema,
  type SkillsBody,
  type VisibilitySettings,
} from '../../../src/contracts/profile.js';
import { requestJson, requestVoid } from './client';

export type PreviewMode = 'verified_employers' | 'anonymous';
export type ImportMode = 'merge' | 'replace';

export function fetchProfile(): Promise<Profile> {
  return requestJson('GET', '/api/profile', profileSchema);
}

export function saveBasics(body: Basics): Promise<Profile> {
  return requestJson('PUT', '/api/profile/basics', profileSchema, body);
}

export function saveGoals(body: Goals): Promise<Profile> {
  return requestJson('PUT', '/api/profile/goals', profileSchema, body);
}

export function saveVisibility(body: VisibilitySettings): Promise<Profile> {
  return requestJson('PUT', '/api/profile/visibility', profileSchema, body);
}

export function saveSkills(body: SkillsBody): Promise<Profile> {
  return requestJson('PUT', '/api/profile/skills', profileSchema, body);
}

export function createItem(body: ProfileItemBody): Promise<ProfileItem> {
  return requestJson('POST', '/api/profile/items', profileItemSchema, body);
}

export function updateItem(id: string, body: ProfileItemBody): Promise<ProfileItem> {
  return requestJson('PUT', `/api/profile/items/${encodeURIComponent(id)}`, profileItemSchema, body);
}

export function deleteItem(id: string): Promise<void> {
  return requestVoid('DELETE', `/api/profile/items/${encodeURIComponent(id)}`);
}

export function fetchCompleteness(): Promise<Completeness> {
  return requestJson('GET', '/api/profile/completeness', completenessSchema);
}

export function fetchPreview(mode: PreviewMode): Promise<CandidateView> {
  return requestJson('GET', `/api/profile/preview?mode=${mode}`, candidateViewSchema);
}

export function importJsonResume(
  resume: unknown,
  mode: ImportMode,
  dryRun: boolean,
): Promise<JsonResumeImportResult> {
  return requestJson('POST', '/api/profile/import/json-resume', jsonResumeImportResponse, {
    resume,
    mode,
    dryRun,
  });
}

/** The JSON Resume document is handed to the person as a file, so only its shape as an object is checked. */
export function exportJsonResume(): Promise<Record<string, unknown>> {
  return requestJson('GET', '/api/profile/export/json-resume', z.record(z.string(), z.unknown()));
}
