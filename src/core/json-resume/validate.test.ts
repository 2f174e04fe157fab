import { describe, expect, it } from 'vitest';
import { EXTENSION_KEY } from './types.js';
import { MAX_VALIDATION_ERRORS, validateJsonResume } from './validate.js';

function errorsOf(input: unknown) {
  const result = validateJsonResume(input);
  return result.ok ? [] : result.errors;
}

// Every place the schema declares a date, as a path and a résumé with `value` there.
const DATE_FIELDS: [string, (value: string) => unknown][] = [
  ['work.0.startDate', (v) => ({ work: [{ startDate: v }] })],
  ['work.0.endDate', (v) => ({ work: [{ endDate: v }] })],
  ['volunteer.0.startDate', (v) => ({ volunteer: [{ startDate: v }] })],
  ['volunteer.0.endDate', (v) => ({ volunteer: [{ endDate: v }] })],
  ['education.0.startDate', (v) => ({ education: [{ startDate: v }] })],
  ['education.0.endDate', (v) => ({ education: [{ endDate: v }] })],
  ['awards.0.date', (v) => ({ awards: [{ date: v }] })],
  ['certificates.0.date', (v) => ({ certificates: [{ date: v }] })],
  ['publications.0.releaseDate', (v) => ({ publications: [{ releaseDate: v }] })],
  ['projects.0.startDate', (v) => ({ projects: [{ startDate: v }] })],
  ['projects.0.endDate', (v) => ({ projects: [{ endDate: v }] })],
];

// Every place the schema declares a uri.
const URL_FIELDS: [string, (value: string) => unknown][] = [
  ['$schema', (v) => ({ $schema: v })],
  ['basics.url', (v) => ({ basics: { url: v } })],
  ['basics.profiles.0.url', (v) => ({ basics: { profiles: [{ url: v }] } })],
  ['work.0.url', (v) => ({ work: [{ url: v }] })],
  ['volunteer.0.url', (v) => ({ volunteer: [{ url: v }] })],
  ['education.0.url', (v) => ({ education: [{ url: v }] })],
  ['certificates.0.url', (v) => ({ certificates: [{ url: v }] })],
  ['publications.0.url', (v) => ({ publications: [{ url: v }] })],
  ['projects.0.url', (v) => ({ projects: [{ url: v }] })],
  ['meta.canonical', (v) => ({ meta: { canonical: v } })],
];

describe('validateJsonResume: dates', () => {
  // Upstream's date tests only exercise YYYY-MM-DD (SOURCES.md); all three forms must pass everywhere.
  it.each(DATE_FIELDS)('accepts YYYY, YYYY-MM and YYYY-MM-DD in %s', (_, make) => {
    for (const date of ['2013', '2013-12', '2013-12-02', '2024-02-29']) {
      expect(validateJsonResume(make(date))).toMatchObject({ ok: true });
    }
  });

  it.each(DATE_FIELDS)('rejects impossible dates the schema pattern lets through in %s', (field, make) => {
    for (const date of ['2013-13', '2013-00', '2013-19-39', '2013-02-30', '2023-02-29', '2013-12-00']) {
      expect(errorsOf(make(date))).toEqual([
        { path: field, message: 'Use a real date as YYYY, YYYY-MM or YYYY-MM-DD' },
      ]);
    }
  });

  it('rejects formats the schema refuses, with the field path', () => {
    for (const date of ['2013-12-021', '13-12', 'Dec 2013', '2013/12', '']) {
      expect(errorsOf({ work: [{ startDate: date }] })).toEqual([
        { path: 'work.0.startDate', message: 'Use a real date as YYYY, YYYY-MM or YYYY-MM-DD' },
      ]);
    }
  });
});

describe('validateJsonResume: links', () => {
  const hostile = [
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'ftp://example.com/x',
  ];

  it.each(URL_FIELDS)('rejects non-http(s) links in %s, naming the scheme', (field, make) => {
    for (const url of hostile) {
      const errors = errorsOf(make(url));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe(field);
      expect(errors[0]?.message).toMatch(
        /^Use a full http:\/\/ or https:\/\/ address \(\w+: links are not allowed\)$/,
      );
    }
  });

  it.each(URL_FIELDS)('accepts http and https links in %s', (_, make) => {
    expect(validateJsonResume(make('https://example.com/a?b=c#d'))).toMatchObject({ ok: true });
    expect(validateJsonResume(make('http://example.com'))).toMatchObject({ ok: true });
  });

  it('accepts a relative or empty basics.image (valid upstream) but not javascript: or data:', () => {
    for (const image of ['', 'profile-image.png', 'https://example.com/me.png']) {
      expect(validateJsonResume({ basics: { image } })).toMatchObject({ ok: true });
    }
    for (const image of ['javascript:alert(1)', 'data:image/png;base64,AAAA']) {
      expect(errorsOf({ basics: { image } }).map((e) => e.path)).toEqual(['basics.image']);
    }
  });
});

describe('validateJsonResume: schema errors', () => {
  it('uses dotted paths and readable messages', () => {
    expect(errorsOf({ basics: { email: 'not-an-email', name: 3 }, work: [{ highlights: [null] }] })).toEqual([
      { path: 'basics.name', message: 'Must be a string' },
      { path: 'basics.email', message: 'Use an email address such as name@example.com' },
      { path: 'work.0.highlights.0', message: 'Must be a string' },
    ]);
    expect(errorsOf({ work: {} })).toEqual([{ path: 'work', message: 'Must be a list' }]);
  });

  it('names the root when the document is not an object', () => {
    for (const input of [null, [], 'resume', 42]) {
      expect(errorsOf(input)).toEqual([{ path: '(root)', message: 'Must be an object' }]);
    }
  });

  it(`lists at most ${MAX_VALIDATION_ERRORS} problems and says how many more`, () => {
    const errors = errorsOf({ skills: Array.from({ length: 10_000 }, () => ({ name: null })) });
    expect(errors).toHaveLength(MAX_VALIDATION_ERRORS + 1);
    expect(errors[0]).toEqual({ path: 'skills.0.name', message: 'Must be a string' });
    expect(errors.at(-1)).toEqual({
      path: '(root)',
      message: '9900 more problems not listed; fix the ones above and try again',
    });
  });

  it('returns the same document when valid', () => {
    const resume = { basics: { name: 'Ada' }, custom: { anything: true } };
    const result = validateJsonResume(resume);
    expect(result).toEqual({ ok: true, resume });
  });
});

describe('validateJsonResume: HTML and our extension', () => {
  it('accepts HTML in text as inert text, unchanged', () => {
    const summary = '<img src=x onerror=alert(1)><script>alert("x")</script> & <b>bold</b>';
    const result = validateJsonResume({ basics: { summary }, work: [{ highlights: [summary] }] });
    expect(result.ok && result.resume.basics?.summary).toBe(summary);
  });

  it('checks x-aitalenthub blocks, naming the path inside them', () => {
    const resume = {
      skills: [{ name: 'Python', [EXTENSION_KEY]: { proficiency: 9, evidence: ['awards.0'] } }],
      projects: [{ name: 'P', [EXTENSION_KEY]: { links: { demo: 'javascript:alert(1)' } } }],
    };
    expect(errorsOf(resume).map((e) => e.path)).toEqual([
      `projects.0.${EXTENSION_KEY}.links.demo`,
      `skills.0.${EXTENSION_KEY}.proficiency`,
      `skills.0.${EXTENSION_KEY}.evidence.0`,
    ]);
  });

  it('ignores unknown keys inside our blocks (written by a later version)', () => {
    expect(validateJsonResume({ skills: [{ name: 'Go', [EXTENSION_KEY]: { future: 1 } }] })).toMatchObject({
      ok: true,
    });
  });
});
