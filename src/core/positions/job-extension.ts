// Our fields that the job format cannot say (role family, every location, the package, skill ids...)
// travel under JOB_EXTENSION_KEY, as our résumé exports do. Other tools ignore the block; our importer
// reads it back, so a position exported here and imported elsewhere loses nothing. Each field is checked
// on its own: a file edited by hand keeps the fields that are still valid.
import type { z } from 'zod';
import { type PositionBody, positionBody } from '../../contracts/positions.js';
import { JOB_EXTENSION_KEY } from './job-document.js';
import type { ImportNote } from './job-types.js';

export const EXTENSION_FIELDS = [
  'roleFamily',
  'level',
  'employmentType',
  'workplace',
  'locations',
  'remoteCountries',
  'visaSponsorship',
  'relocationSupport',
  'salary',
  'package',
  'headcount',
  'validThrough',
  'requiredSkills',
  'niceToHaveSkills',
] as const satisfies readonly (keyof PositionBody)[];

type ExtensionField = (typeof EXTENSION_FIELDS)[number];
export type JobExtension = Pick<PositionBody, ExtensionField>;

function isExtensionField(field: string): field is ExtensionField {
  return (EXTENSION_FIELDS as readonly string[]).includes(field);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Bumped when the meaning of the block changes. */
export const JOB_EXTENSION_VERSION = 1;

/** The extension block of a position, for export: exactly the extension fields, and the format version. */
export function writeExtension(body: JobExtension): JobExtension & { formatVersion: number } {
  const fields = Object.fromEntries(
    EXTENSION_FIELDS.filter((field) => body[field] !== undefined).map((field) => [field, body[field]]),
  );
  // Copied field by field from a JobExtension, so the shape holds.
  return { formatVersion: JOB_EXTENSION_VERSION, ...(fields as JobExtension) };
}

/** The valid fields of a document's extension block, and a note for each field that is not. */
export function readExtension(block: unknown): { fields: Partial<JobExtension>; dropped: ImportNote[] } {
  if (block === undefined) return { fields: {}, dropped: [] };
  if (!isRecord(block))
    return { fields: {}, dropped: [{ path: JOB_EXTENSION_KEY, reason: 'Not an object; ignored' }] };
  const kept: Record<string, unknown> = {};
  const dropped: ImportNote[] = [];
  for (const [field, value] of Object.entries(block)) {
    if (field === 'formatVersion') continue;
    const path = `${JOB_EXTENSION_KEY}.${field}`;
    if (!isExtensionField(field)) {
      dropped.push({ path, reason: 'Not a field we know; ignored' });
      continue;
    }
    const schema: z.ZodType = positionBody.shape[field];
    const parsed = schema.safeParse(value);
    if (parsed.success) kept[field] = parsed.data;
    else dropped.push({ path, reason: `${parsed.error.issues[0]?.message ?? 'Invalid'}; ignored` });
  }
  // Every kept field passed its own schema above.
  return { fields: kept as Partial<JobExtension>, dropped };
}
