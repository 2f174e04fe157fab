import type { ProfileItem, ProfileItemKind } from '../../../../../src/contracts/profile.js';
import type en from '../../../i18n/en.json';

export type FieldLabel = keyof (typeof en)['profile']['items']['fields'];
export type FieldHint = keyof (typeof en)['profile']['items']['hints'];

/** How a form control edits one field of an item; `name` is the field's dotted path in the API body. */
export type FieldType = 'text' | 'textarea' | 'url' | 'date' | 'country' | 'lines' | 'list' | 'year';

export interface FieldSpec {
  name: string;
  type: FieldType;
  label: FieldLabel;
  hint?: FieldHint;
  /** The contract refuses an empty value. */
  required?: boolean;
  /** Left out of the body when empty (the contract's `.optional()`). */
  optional?: boolean;
  /** Spans both columns of the form grid. */
  wide?: boolean;
}

export const ITEM_FIELDS: Record<ProfileItemKind, readonly FieldSpec[]> = {
  project: [
    { name: 'title', type: 'text', label: 'projectTitle', required: true, wide: true },
    { name: 'problem', type: 'textarea', label: 'problem', hint: 'problem', wide: true },
    { name: 'approach', type: 'textarea', label: 'approach', hint: 'approach', wide: true },
    { name: 'links.repository', type: 'url', label: 'repository', optional: true },
    { name: 'links.demo', type: 'url', label: 'demo', optional: true },
    { name: 'links.modelCard', type: 'url', label: 'modelCard', optional: true },
    { name: 'links.dataset', type: 'url', label: 'dataset', optional: true },
    { name: 'links.paper', type: 'url', label: 'paper', optional: true },
    { name: 'skills', type: 'list', label: 'projectSkills', hint: 'projectSkills', wide: true },
    { name: 'startDate', type: 'date', label: 'startDate', hint: 'date', optional: true },
    { name: 'endDate', type: 'date', label: 'endDate', hint: 'date', optional: true },
  ],
  role: [
    { name: 'title', type: 'text', label: 'jobTitle', required: true },
    { name: 'employer', type: 'text', label: 'employer', required: true },
    {
      name: 'employerIndustry',
      type: 'text',
      label: 'employerIndustry',
      hint: 'employerIndustry',
      optional: true,
    },
    { name: 'employerDomain', type: 'text', label: 'employerDomain', hint: 'employerDomain', optional: true },
    { name: 'country', type: 'country', label: 'country', optional: true },
    { name: 'city', type: 'text', label: 'city', optional: true },
    { name: 'startDate', type: 'date', label: 'startDate', hint: 'date', optional: true },
    { name: 'endDate', type: 'date', label: 'endDate', hint: 'roleEndDate', optional: true },
    { name: 'summary', type: 'textarea', label: 'roleSummary', wide: true },
    { name: 'highlights', type: 'lines', label: 'highlights', hint: 'highlights', wide: true },
  ],
  education: [
    { name: 'institution', type: 'text', label: 'institution', required: true, wide: true },
    { name: 'studyType', type: 'text', label: 'studyType', hint: 'studyType' },
    { name: 'area', type: 'text', label: 'area' },
    { name: 'startDate', type: 'date', label: 'startDate', hint: 'date', optional: true },
    { name: 'endDate', type: 'date', label: 'endDate', hint: 'date', optional: true },
  ],
  certification: [
    { name: 'name', type: 'text', label: 'certificationName', required: true, wide: true },
    { name: 'issuer', type: 'text', label: 'issuer', required: true },
    { name: 'credentialId', type: 'text', label: 'credentialId', optional: true },
    { name: 'credentialUrl', type: 'url', label: 'credentialUrl', optional: true, wide: true },
    { name: 'issueDate', type: 'date', label: 'issueDate', hint: 'date', optional: true },
    { name: 'expiryDate', type: 'date', label: 'expiryDate', hint: 'date', optional: true },
  ],
  publication: [
    { name: 'title', type: 'text', label: 'publicationTitle', required: true, wide: true },
    { name: 'venue', type: 'text', label: 'venue', hint: 'venue' },
    { name: 'year', type: 'year', label: 'year', optional: true },
    { name: 'authors', type: 'lines', label: 'authors', hint: 'authors', wide: true },
    { name: 'doi', type: 'text', label: 'doi', hint: 'doi', optional: true },
    { name: 'arxivId', type: 'text', label: 'arxivId', hint: 'arxivId', optional: true },
    { name: 'url', type: 'url', label: 'publicationUrl', optional: true, wide: true },
  ],
};

export interface ResultDraft {
  key: number;
  metric: string;
  value: string;
  baseline: string;
}

export interface ItemDraft {
  values: Record<string, string>;
  results: ResultDraft[];
}

let resultKeys = 0;
export function newResult(partial: Partial<Omit<ResultDraft, 'key'>> = {}): ResultDraft {
  resultKeys += 1;
  return { key: resultKeys, metric: '', value: '', baseline: '', ...partial };
}

function readPath(source: unknown, path: string): unknown {
  let current = source;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function writePath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop();
  if (!last) return;
  let current = target;
  for (const part of parts) {
    const next = current[part];
    if (next === null || typeof next !== 'object') current[part] = {};
    current = current[part] as Record<string, unknown>;
  }
  current[last] = value;
}

function toText(value: unknown, type: FieldType): string {
  if (Array.isArray(value)) return value.map(String).join(type === 'list' ? ', ' : '\n');
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

export function emptyDraft(kind: ProfileItemKind): ItemDraft {
  const values = Object.fromEntries(ITEM_FIELDS[kind].map((f) => [f.name, '']));
  return { values, results: kind === 'project' ? [newResult()] : [] };
}

export function draftFromItem(item: ProfileItem): ItemDraft {
  const values = Object.fromEntries(
    ITEM_FIELDS[item.kind].map((f) => [f.name, toText(readPath(item, f.name), f.type)]),
  );
  const results =
    item.kind === 'project'
      ? item.results.map((r) => newResult({ metric: r.metric, value: r.value, baseline: r.baseline ?? '' }))
      : [];
  return { values, results };
}

/** Drops result rows left entirely blank, so that row numbers match the body's `results.N` paths. */
export function withoutBlankResults(draft: ItemDraft): ItemDraft {
  return {
    ...draft,
    results: draft.results.filter((r) => r.metric.trim() || r.value.trim() || r.baseline.trim()),
  };
}

/**
 * The request body the draft describes, not yet checked: the shared contract decides whether it is
 * valid, so the form and the API can never disagree about the rules.
 */
export function bodyFromDraft(kind: ProfileItemKind, draft: ItemDraft): Record<string, unknown> {
  const body: Record<string, unknown> = { kind };
  for (const field of ITEM_FIELDS[kind]) {
    const raw = (draft.values[field.name] ?? '').trim();
    let value: unknown;
    if (field.type === 'lines')
      value = raw
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (field.type === 'list')
      value = raw
        .split(/[,،\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    else if (raw === '' && field.optional) value = undefined;
    else if (field.type === 'year') value = Number(raw);
    else value = raw;
    if (value !== undefined) writePath(body, field.name, value);
  }
  if (kind === 'project') {
    if (!body.links) body.links = {};
    body.results = draft.results.map((r) => ({
      metric: r.metric.trim(),
      value: r.value.trim(),
      ...(r.baseline.trim() ? { baseline: r.baseline.trim() } : {}),
    }));
  }
  return body;
}
