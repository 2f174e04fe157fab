// Validation in two layers: the official JSON Resume schema (through @jsonresume/schema, so we agree with
// every other JSON Resume tool), then our product checks where that schema is too lax: links must be
// http(s) (its "uri" format accepts javascript: and data:), dates must be real calendar dates (its
// pattern accepts month 19 and day 39), and our own x-aitalenthub blocks must be well formed.
// HTML in text fields is not rejected: it is kept as inert text and never interpreted by this module.

import type { JsonResumeSchemaError, JsonSchemaNode } from '@jsonresume/schema';
import resumeSchema from '@jsonresume/schema';
import { isPartialDate } from './dates.js';
import { EXTENSION_SCHEMAS } from './extension.js';
import { EXTENSION_KEY, type JsonResume, type JsonResumeProblem } from './types.js';
import { isHttpUrl, schemeOf } from './urls.js';

export type JsonResumeValidation =
  | { ok: true; resume: JsonResume }
  | { ok: false; errors: JsonResumeProblem[] };

/** Most problems reported for one file; a 10,000-entry file with one mistake repeated stays readable. */
export const MAX_VALIDATION_ERRORS = 100;

const DATE_REF = '#/definitions/iso8601';
const DATE_MESSAGE = 'Use a real date as YYYY, YYYY-MM or YYYY-MM-DD';
const URL_MESSAGE = 'Use a full http:// or https:// address';
const ROOT = '(root)';

type Path = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dotted(path: Path): string {
  return path.length === 0 ? ROOT : path.map(String).join('.');
}

function typeMessage(argument: unknown): string {
  const names = (Array.isArray(argument) ? argument : [argument]).map(String);
  const words = names.map((name) =>
    name === 'array' ? 'a list' : name === 'object' ? 'an object' : `a ${name}`,
  );
  return `Must be ${words.join(' or ')}`;
}

function schemaMessage(error: JsonResumeSchemaError): string {
  if (error.name === 'type') return typeMessage(error.argument);
  if (error.name === 'pattern') return DATE_MESSAGE;
  if (error.name === 'format' && error.argument === 'uri') return URL_MESSAGE;
  if (error.name === 'format' && error.argument === 'email')
    return 'Use an email address such as name@example.com';
  return error.message;
}

function officialSchemaProblems(input: unknown): JsonResumeProblem[] {
  let problems: JsonResumeProblem[] = [];
  // The package's validate() calls back synchronously, before it returns.
  resumeSchema.validate(input, (errors) => {
    problems = (errors ?? []).map((error) => ({ path: dotted(error.path), message: schemaMessage(error) }));
  });
  return problems;
}

function linkProblem(path: Path, value: string): JsonResumeProblem {
  const scheme = schemeOf(value);
  const why = scheme && scheme !== 'http' && scheme !== 'https' ? ` (${scheme}: links are not allowed)` : '';
  return { path: dotted(path), message: `${URL_MESSAGE}${why}` };
}

// Walks the instance alongside the official schema, so every field the schema calls a date or a link is
// checked, including ones a later schema version adds.
function walk(value: unknown, node: JsonSchemaNode, path: Path, problems: JsonResumeProblem[]): void {
  if (node.$ref === DATE_REF) {
    if (typeof value === 'string' && !isPartialDate(value))
      problems.push({ path: dotted(path), message: DATE_MESSAGE });
    return;
  }
  if (node.format === 'uri' && typeof value === 'string' && !isHttpUrl(value))
    problems.push(linkProblem(path, value));
  const properties = node.properties;
  if (isRecord(properties) && isRecord(value)) {
    for (const [key, child] of Object.entries(properties)) {
      if (key in value && isRecord(child)) walk(value[key], child, [...path, key], problems);
    }
  }
  const items = node.items;
  if (!isRecord(items) || !Array.isArray(value)) return;
  value.forEach((entry, i) => {
    walk(entry, items, [...path, i], problems);
  });
}

function imageProblems(resume: Record<string, unknown>): JsonResumeProblem[] {
  // basics.image has no format in the schema and relative paths ("photo.png") are valid upstream, so only
  // an explicit non-http scheme (javascript:, data:) is refused.
  const basics = resume.basics;
  const image = isRecord(basics) ? basics.image : undefined;
  if (typeof image !== 'string' || image.trim() === '') return [];
  const scheme = schemeOf(image);
  if (scheme === null || ((scheme === 'http' || scheme === 'https') && isHttpUrl(image.trim()))) return [];
  return [linkProblem(['basics', 'image'], image)];
}

function extensionProblems(resume: Record<string, unknown>): JsonResumeProblem[] {
  const problems: JsonResumeProblem[] = [];
  const check = (
    block: unknown,
    schema: (typeof EXTENSION_SCHEMAS)[keyof typeof EXTENSION_SCHEMAS],
    at: Path,
  ) => {
    if (block === undefined) return;
    const parsed = schema.safeParse(block);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const path = [
        ...at,
        EXTENSION_KEY,
        ...issue.path.map((part) => (typeof part === 'symbol' ? '?' : part)),
      ];
      problems.push({ path: dotted(path), message: issue.message });
    }
  };
  for (const [section, schema] of Object.entries(EXTENSION_SCHEMAS)) {
    const value = resume[section];
    if (isRecord(value)) check(value[EXTENSION_KEY], schema, [section]);
    if (Array.isArray(value)) {
      value.forEach((entry, i) => {
        if (isRecord(entry)) check(entry[EXTENSION_KEY], schema, [section, i]);
      });
    }
  }
  return problems;
}

function capped(problems: JsonResumeProblem[]): JsonResumeProblem[] {
  if (problems.length <= MAX_VALIDATION_ERRORS) return problems;
  const rest = problems.length - MAX_VALIDATION_ERRORS;
  return [
    ...problems.slice(0, MAX_VALIDATION_ERRORS),
    { path: ROOT, message: `${rest} more problems not listed; fix the ones above and try again` },
  ];
}

/** Checks a parsed JSON document against the official JSON Resume schema and our stricter product rules. */
export function validateJsonResume(input: unknown): JsonResumeValidation {
  const official = officialSchemaProblems(input);
  if (official.length > 0 || !isRecord(input)) return { ok: false, errors: capped(official) };
  const ours: JsonResumeProblem[] = [];
  walk(input, resumeSchema.schema, [], ours);
  ours.push(...imageProblems(input), ...extensionProblems(input));
  if (ours.length > 0) return { ok: false, errors: capped(ours) };
  // Every property the schema describes has been checked to have the declared type.
  return { ok: true, resume: input as JsonResume };
}
