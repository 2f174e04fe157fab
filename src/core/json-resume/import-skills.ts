// Skills from a résumé: every name (skills[].name, skills[].keywords, projects[].keywords) goes through the
// catalogue's normaliser. Recognised names become skills, deduplicated by id with the highest stated
// proficiency and the union of evidence; the rest become unverified custom skills for the candidate to fix.
// The contract caps skills at 300 and unverified ones at 50: a résumé listing 10,000 skills is imported
// with the first 300 recognised and first 50 unrecognised distinct names (in file order, which is the
// candidate's own priority order), and the report says how many were left out.
import type { ImportContext } from './import-context.js';
import { DEFAULT_PROFICIENCY } from './levels.js';
import type { CustomSkillInput, SkillInput } from './types.js';

const SKILL_ID = /^[a-z0-9][a-z0-9+#.-]{0,79}$/;
const MAX_EVIDENCE = 20;
const MAX_CUSTOM_NAME = 80;
/** The contract's limits (skillsBodySchema); a test keeps them in step. */
export const MAX_SKILLS = 300;
export const MAX_CUSTOM_SKILLS = 50;

/** How one mention of a skill states it. */
export interface SkillMention {
  name: string;
  path: string;
  /** The level the résumé states; undefined when it states none (then the default applies). */
  proficiency?: number;
  evidence?: string[];
  years?: number | null;
  lastUsed?: string | null;
  /** A catalogue id to try when the name itself is not recognised (from our own extension block). */
  fallbackId?: string;
}

interface SkillDraft {
  skillId: string;
  proficiency: number | undefined;
  years: number | null;
  lastUsed: string | null;
  evidence: string[];
}

function later(a: string | null, b: string | null | undefined): string | null {
  if (!b) return a;
  if (!a) return b;
  return b > a ? b : a;
}

export class SkillCollector {
  private readonly skills = new Map<string, SkillDraft>();
  private readonly custom = new Map<string, { name: string; proficiency: number | undefined }>();
  private readonly seen = new Map<string, { skillId: string; confidence: number } | null>();
  private overflowSkills = 0;
  private overflowCustom = 0;

  constructor(private readonly ctx: ImportContext) {}

  /** Resolves a name through the normaliser once per distinct name, reporting the first mention. */
  private resolve(
    name: string,
    path: string,
    fallbackId?: string,
  ): { skillId: string; confidence: number } | null {
    const key = name.toLowerCase();
    if (this.seen.has(key)) return this.seen.get(key) ?? null;
    let match = this.ctx.normaliseSkill(name);
    if (!match && fallbackId) match = this.ctx.normaliseSkill(fallbackId);
    // A normaliser answer that our contract would refuse is treated as no answer.
    const valid = match && SKILL_ID.test(match.skillId) ? match : null;
    this.seen.set(key, valid);
    if (valid)
      this.ctx.report.matchedSkills.push({
        name,
        skillId: valid.skillId,
        confidence: valid.confidence,
        path,
      });
    else this.ctx.report.unmatchedSkills.push(name);
    return valid;
  }

  /** Records one mention; returns the catalogue id when the name was recognised. */
  add(mention: SkillMention): string | null {
    const name = mention.name.trim();
    if (name === '') return null;
    const match = this.resolve(name, mention.path, mention.fallbackId);
    if (match) {
      this.addKnown(match.skillId, mention);
      return match.skillId;
    }
    this.addCustom(name, mention);
    return null;
  }

  private addKnown(skillId: string, mention: SkillMention): void {
    const current = this.skills.get(skillId);
    if (!current) {
      if (this.skills.size >= MAX_SKILLS) {
        this.overflowSkills += 1;
        return;
      }
      this.skills.set(skillId, {
        skillId,
        proficiency: mention.proficiency,
        years: mention.years ?? null,
        lastUsed: mention.lastUsed ?? null,
        evidence: [...new Set(mention.evidence ?? [])].slice(0, MAX_EVIDENCE),
      });
      return;
    }
    if (mention.proficiency !== undefined) {
      current.proficiency = Math.max(current.proficiency ?? 0, mention.proficiency);
    }
    if (mention.years !== undefined && mention.years !== null)
      current.years = Math.max(current.years ?? 0, mention.years);
    current.lastUsed = later(current.lastUsed, mention.lastUsed);
    current.evidence = [...new Set([...current.evidence, ...(mention.evidence ?? [])])].slice(
      0,
      MAX_EVIDENCE,
    );
  }

  private addCustom(name: string, mention: SkillMention): void {
    if (name.length > MAX_CUSTOM_NAME) {
      this.ctx.drop(
        mention.path,
        `Unrecognised skill names longer than ${MAX_CUSTOM_NAME} characters are not kept`,
      );
      return;
    }
    const key = name.toLowerCase();
    const current = this.custom.get(key);
    if (current) {
      if (mention.proficiency !== undefined)
        current.proficiency = Math.max(current.proficiency ?? 0, mention.proficiency);
      return;
    }
    if (this.custom.size >= MAX_CUSTOM_SKILLS) {
      this.overflowCustom += 1;
      return;
    }
    this.custom.set(key, { name, proficiency: mention.proficiency });
  }

  /** The collected skills within the contract's limits; notes what the limits left out. */
  finish(): { skills: SkillInput[]; customSkills: CustomSkillInput[] } {
    if (this.overflowSkills > 0) {
      this.ctx.drop(
        'skills',
        `Kept the first ${MAX_SKILLS} recognised skills (the profile's limit); ${this.overflowSkills} more were not imported`,
      );
    }
    if (this.overflowCustom > 0) {
      this.ctx.drop(
        'skills',
        `Kept the first ${MAX_CUSTOM_SKILLS} unrecognised skill names as unverified skills (the profile's limit); ` +
          `${this.overflowCustom} more were not imported`,
      );
    }
    const skills = [...this.skills.values()].map((s) => ({
      skillId: s.skillId,
      proficiency: s.proficiency ?? DEFAULT_PROFICIENCY,
      years: s.years,
      lastUsed: s.lastUsed,
      evidence: s.evidence,
    }));
    const customSkills = [...this.custom.values()].map((c) => ({
      name: c.name,
      proficiency: c.proficiency ?? DEFAULT_PROFICIENCY,
    }));
    return { skills, customSkills };
  }
}
