// Names for the contract's enums, so the job-format files read in the domain's words.
import type { PositionBody } from '../../contracts/positions.js';

export type RoleFamily = PositionBody['roleFamily'];
export type Level = PositionBody['level'];
export type EmploymentType = PositionBody['employmentType'];
export type Workplace = PositionBody['workplace'];
export type Currency = PositionBody['salary']['currency'];

/** Something the importer left out or filled in itself, at the path of the document it concerns. */
export interface ImportNote {
  path: string;
  reason: string;
}

/** What an import did besides producing a body, for the preview. */
export interface JobImportReport {
  /** Fields we do not model, or values we could not use. */
  dropped: ImportNote[];
  /** Fields the document lacks that we filled with a default or a guess. */
  assumed: ImportNote[];
  matchedSkills: { name: string; skillId: string; confidence: number }[];
  /** Skill names the taxonomy does not know, in document order, each once. */
  unmatchedSkills: string[];
}
