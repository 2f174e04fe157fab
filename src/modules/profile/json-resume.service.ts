import type { JsonResumeImportResult } from '../../contracts/profile.js';
import { AppError } from '../../core/errors.js';
import {
  diffProfiles,
  exportJsonResume,
  importJsonResume,
  type JsonResume,
  mergeProfiles,
  profileDraftSchema,
  validateJsonResume,
} from '../../core/json-resume/index.js';
import type { NormalisedSkill } from '../../core/skills/index.js';
import type { Db } from '../../db/client.js';
import * as repo from './profile.repository.js';
import type { ProfileService } from './profile.service.js';

export interface JsonResumeDeps {
  db: Db;
  profile: ProfileService;
  now: () => Date;
  normaliseSkill: (name: string) => NormalisedSkill | null;
  skillName: (id: string) => string;
}

export type JsonResumeService = ReturnType<typeof createJsonResumeService>;

const invalid = (problems: Array<{ path: string; message: string }>) =>
  new AppError('validation_failed', 'The resume is not valid JSON Resume.', {
    errors: problems.map((p) => ({ path: `resume.${p.path}`, message: p.message })),
  });

/** JSON Resume import (preview, then merge or replace in one transaction) and export. */
export function createJsonResumeService(deps: JsonResumeDeps) {
  return {
    async importResume(
      userId: string,
      body: { resume: unknown; mode: 'merge' | 'replace'; dryRun: boolean },
    ): Promise<JsonResumeImportResult> {
      const validation = validateJsonResume(body.resume);
      if (!validation.ok) throw invalid(validation.errors);
      const imported = importJsonResume(validation.resume, {
        normaliseSkill: deps.normaliseSkill,
        now: deps.now(),
      });
      if (imported.errors.length) throw invalid(imported.errors);

      const current = await deps.profile.get(userId);
      const merged = mergeProfiles(current, imported, body.mode);
      const preview = diffProfiles(current, merged.profile, { skillName: deps.skillName });
      if (!body.dryRun) {
        // The merged draft is checked against the same contracts as hand edits before anything is written.
        const draft = profileDraftSchema.parse(merged.profile);
        await deps.db.transaction(async (tx) => {
          await repo.upsertProfile(tx, userId, {
            ...draft.basics,
            city: draft.basics.city ?? null,
            customSkills: draft.customSkills,
          });
          await repo.deleteAllItems(tx, userId);
          await repo.insertItemsWithIds(tx, userId, draft.items);
          await repo.replaceSkills(
            tx,
            userId,
            draft.skills.map((s) => ({
              skillId: s.skillId,
              proficiency: s.proficiency,
              years: s.years,
              lastUsed: s.lastUsed,
              evidence: s.evidence,
            })),
          );
        });
      }
      const title = (e: { title: string }) => e.title;
      return {
        applied: !body.dryRun,
        changes: [
          ...(preview.basics.length
            ? [{ section: 'basics', added: [], updated: preview.basics.map(String), removed: [] }]
            : []),
          ...Object.entries(preview.sections)
            .filter(([, diff]) => diff.added.length + diff.updated.length + diff.removed.length > 0)
            .map(([section, diff]) => ({
              section,
              added: diff.added.map(title),
              updated: diff.updated.map(title),
              removed: diff.removed.map(title),
            })),
        ],
        matchedSkills: imported.report.matchedSkills.map(({ name, skillId, confidence }) => ({
          name,
          skillId,
          confidence,
        })),
        unmatchedSkills: imported.report.unmatchedSkills,
        dropped: [...imported.report.dropped, ...merged.dropped].map(({ path, reason }) => ({
          path,
          reason,
        })),
      };
    },

    async exportResume(userId: string): Promise<JsonResume> {
      return exportJsonResume(await deps.profile.get(userId), { skillName: deps.skillName });
    },
  };
}
