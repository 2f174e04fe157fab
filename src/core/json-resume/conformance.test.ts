// Conformance with the upstream validator's own fixtures (test/__test__/*.json). Whether a fixture is
// valid or invalid is read from the upstream spec files (test/*.spec.js): a test asserting
// `t.equal(err, null)` expects valid, `t.notEqual(err, null)` invalid. Every fixture is covered: the
// few no spec uses are judged by their name, except `schema.valid`, which the official schema itself
// rejects ("foo-bar-baz" is not a uri) and no upstream spec asserts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../config/paths.js';
import { profileDraftSchema } from './draft.js';
import { importJsonResume } from './import.js';
import { testDeps } from './testing.js';
import { validateJsonResume } from './validate.js';

const shared = sharedDataDir();
const dataDir = path.join(shared ?? '/nonexistent', 'jsonresume');
const testDir = path.join(dataDir, 'test');

interface Case {
  file: string;
  name: string;
  fixture: unknown;
  expect: 'valid' | 'invalid';
  /** `dateValidate` specs check a bare date string against a stand-in pattern, not a résumé. */
  bareDate: boolean;
  source: 'spec' | 'name';
}

function specExpectations(): Map<string, { expect: 'valid' | 'invalid'; bareDate: boolean }> {
  const found = new Map<string, { expect: 'valid' | 'invalid'; bareDate: boolean }>();
  for (const spec of readdirSync(testDir).filter((f) => f.endsWith('.spec.js'))) {
    const text = readFileSync(path.join(testDir, spec), 'utf8');
    const file = /require\(["']\.\/__test__\/([\w-]+\.json)["']\)/.exec(text)?.[1];
    if (!file) throw new Error(`${spec}: no fixture file`);
    for (const block of text.split(/\btest\(/).slice(1)) {
      const call = /\b(validate|dateValidate)\(fixtures\.(\w+)/.exec(block);
      if (!call?.[2]) continue;
      const expectValid = /t\.equal\(err,\s*null/.test(block);
      const expectInvalid = /t\.notEqual\(err,\s*null/.test(block);
      if (expectValid === expectInvalid) throw new Error(`${spec}: unclear expectation for ${call[2]}`);
      found.set(`${file}#${call[2]}`, {
        expect: expectValid ? 'valid' : 'invalid',
        bareDate: call[1] === 'dateValidate',
      });
    }
  }
  return found;
}

function allCases(): Case[] {
  const expectations = specExpectations();
  const cases: Case[] = [];
  for (const file of readdirSync(path.join(testDir, '__test__'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const fixtures = JSON.parse(readFileSync(path.join(testDir, '__test__', file), 'utf8')) as Record<
      string,
      unknown
    >;
    for (const [name, fixture] of Object.entries(fixtures)) {
      const fromSpec = expectations.get(`${file}#${name}`);
      const byName = /invalid$/i.test(name) ? 'invalid' : 'valid';
      cases.push({
        file,
        name,
        fixture,
        expect: fromSpec?.expect ?? byName,
        bareDate: fromSpec?.bareDate ?? file === 'dates.json',
        source: fromSpec ? 'spec' : 'name',
      });
    }
  }
  return cases;
}

/** The dotted path of the one value a fixture sets (fixtures are single chains such as work[0].url). */
function leafPath(value: unknown): string {
  const parts: string[] = [];
  let node = value;
  while (typeof node === 'object' && node !== null) {
    const entries = Object.entries(node);
    const [only] = entries;
    if (entries.length !== 1 || !only) break;
    parts.push(only[0]);
    node = only[1];
  }
  return parts.join('.');
}

// A bare date goes into every kind of date field the schema has.
function resumeWithDate(date: unknown): Record<string, unknown> {
  return {
    work: [{ name: 'Acme', position: 'Engineer', startDate: date }],
    education: [{ institution: 'MIT', endDate: date }],
    awards: [{ title: 'Prize', date }],
    publications: [{ name: 'Paper', releaseDate: date }],
  };
}

const cases = shared ? allCases() : [];
const now = new Date('2026-01-15T00:00:00Z');

describe.skipIf(!shared)('upstream fixtures (needs ../shared/data)', () => {
  it('covers all 218 named fixtures, 207 of them through the upstream specs', () => {
    expect(cases).toHaveLength(218);
    expect(cases.filter((c) => c.source === 'spec')).toHaveLength(207);
  });

  const resumes = cases.filter((c) => !c.bareDate && !(c.file === 'schema.json' && c.name === 'valid'));

  it.each(resumes.filter((c) => c.expect === 'valid').map((c) => [`${c.file} ${c.name}`, c] as const))(
    'accepts and imports %s',
    (_, c) => {
      const result = validateJsonResume(c.fixture);
      expect(result).toMatchObject({ ok: true });
      if (!result.ok) return;
      const imported = importJsonResume(result.resume, testDeps(now));
      expect(imported.errors).toEqual([]);
      const { basics, items, skills, customSkills } = imported;
      expect(profileDraftSchema.safeParse({ basics, items, skills, customSkills }).error).toBeUndefined();
    },
  );

  it.each(resumes.filter((c) => c.expect === 'invalid').map((c) => [`${c.file} ${c.name}`, c] as const))(
    'rejects %s naming the field',
    (_, c) => {
      const result = validateJsonResume(c.fixture);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((e) => e.path)).toContain(leafPath(c.fixture));
    },
  );

  it.each(cases.filter((c) => c.bareDate).map((c) => [c.name, c] as const))(
    'judges the bare date %s',
    (_, c) => {
      const result = validateJsonResume(resumeWithDate(c.fixture));
      if (c.expect === 'valid') expect(result).toMatchObject({ ok: true });
      else {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.errors.map((e) => e.path).sort()).toEqual([
            'awards.0.date',
            'education.0.endDate',
            'publications.0.releaseDate',
            'work.0.startDate',
          ]);
        }
      }
    },
  );

  it('rejects schema.json "valid" like the official schema does: "foo-bar-baz" is not a uri', () => {
    const fixture = cases.find((c) => c.file === 'schema.json' && c.name === 'valid')?.fixture;
    expect(fixture).toEqual({ $schema: 'foo-bar-baz' });
    const result = validateJsonResume(fixture);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: '$schema', message: expect.any(String) }]);
  });
});

describe.skipIf(!shared)('upstream sample and examples (needs ../shared/data)', () => {
  const files = !shared
    ? []
    : [
        path.join(dataDir, 'sample.resume.json'),
        path.join(dataDir, 'npm-1.3.1', 'sample.resume.json'),
        ...readdirSync(path.join(dataDir, 'npm-1.3.1', 'examples')).map((f) =>
          path.join(dataDir, 'npm-1.3.1', 'examples', f),
        ),
      ];

  it.each(files.map((f) => [path.relative(dataDir, f), f]))('validates and imports %s', (_, file) => {
    const result = validateJsonResume(JSON.parse(readFileSync(file, 'utf8')));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const imported = importJsonResume(result.resume, testDeps(now));
    expect(imported.errors).toEqual([]);
    const { basics, items, skills, customSkills } = imported;
    expect(profileDraftSchema.safeParse({ basics, items, skills, customSkills }).error).toBeUndefined();
  });
});
