// The JSON Resume job document (job-schema.json in @jsonresume/schema 1.3.1) and its validation, in the
// same two layers as résumés (src/core/json-resume/validate.ts): the official schema through the
// validator the package itself uses, so we agree with other JSON Resume tools, then our stricter checks
// where that schema is lax: `date` must be a real calendar date (its pattern accepts month 19) and
// meta.canonical must be http(s) (its "uri" format accepts javascript:).
import resumeSchema from '@jsonresume/schema';
import { Validator } from 'jsonschema';
import type { FieldProblem } from '../errors.js';
import { isPartialDate } from '../json-resume/dates.js';
import { isHttpUrl } from '../json-resume/urls.js';

/** Where our own fields travel inside a job document, as in our résumé exports. */
export const JOB_EXTENSION_KEY = 'x-aitalenthub';

export interface JsonResumeJobSkill {
  name?: string;
  level?: string;
  keywords?: string[];
}

/** A JSON Resume job document. Every field is optional, as in the schema; extra keys are allowed. */
export interface JsonResumeJob {
  title?: string;
  company?: string;
  type?: string;
  date?: string;
  description?: string;
  location?: { address?: string; postalCode?: string; city?: string; countryCode?: string; region?: string };
  remote?: 'Full' | 'Hybrid' | 'None';
  salary?: string;
  experience?: string;
  responsibilities?: string[];
  qualifications?: string[];
  skills?: JsonResumeJobSkill[];
  meta?: { canonical?: string; version?: string; lastModified?: string };
  [JOB_EXTENSION_KEY]?: unknown;
}

/** Most problems reported for one document. */
export const MAX_JOB_PROBLEMS = 50;

const validator = new Validator();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dotted(path: (string | number)[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function schemaMessage(name: string, argument: unknown, fallback: string): string {
  if (name === 'type') {
    const kinds = (Array.isArray(argument) ? argument : [argument]).map((kind) =>
      kind === 'array' ? 'a list' : kind === 'object' ? 'an object' : `a ${String(kind)}`,
    );
    return `Must be ${kinds.join(' or ')}`;
  }
  if (name === 'pattern') return 'Use a date as YYYY, YYYY-MM or YYYY-MM-DD';
  if (name === 'enum' && Array.isArray(argument)) return `Use one of: ${argument.join(', ')}`;
  return fallback;
}

function ownProblems(doc: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof doc.date === 'string' && !isPartialDate(doc.date))
    problems.push({
      path: 'date',
      message: 'Use a real date as YYYY, YYYY-MM or YYYY-MM-DD',
      code: 'schema',
    });
  const canonical = isRecord(doc.meta) ? doc.meta.canonical : undefined;
  if (typeof canonical === 'string' && !isHttpUrl(canonical))
    problems.push({
      path: 'meta.canonical',
      message: 'Use a full http:// or https:// address',
      code: 'schema',
    });
  return problems;
}

/** Problems with a parsed document against the official job schema and our stricter rules; [] when valid. */
export function jobDocumentProblems(doc: unknown): FieldProblem[] {
  const result = validator.validate(doc, resumeSchema.jobSchema);
  const official = result.errors.map((error) => ({
    path: dotted(error.path),
    message: schemaMessage(error.name, error.argument, error.message),
    code: 'schema',
  }));
  const problems = official.length > 0 || !isRecord(doc) ? official : ownProblems(doc);
  return problems.slice(0, MAX_JOB_PROBLEMS);
}
