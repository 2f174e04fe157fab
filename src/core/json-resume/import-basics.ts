// basics and languages → our basics. Contact details stay out on purpose: name and email belong to the
// account, and we keep only country and city of where someone lives, never a street address.
import type { Basics, ProfileItem } from '../../contracts/profile.js';
import { periodEnd, periodStart } from './dates.js';
import { basicsExtensionSchema, readExtension } from './extension.js';
import type { ImportContext } from './import-context.js';
import { fluencyFromText } from './levels.js';
import { EXTENSION_KEY, type JsonResume } from './types.js';

const COUNTRY = /^[A-Z]{2}$/;
const MAX_LANGUAGES = 20;

const BASICS_REASONS: Record<string, string> = {
  name: 'Your name is managed in account settings',
  email: 'Your sign-in email is managed in account settings',
  phone: 'Phone numbers are not stored; employers contact you through the platform',
  image: 'Profile photos are not imported',
  url: 'Personal links are not part of the profile',
  profiles: 'Social profiles are not part of the profile',
};

const LOCATION_REASONS: Record<string, string> = {
  address: 'Only country and city are kept, never a street address',
  postalCode: 'Only country and city are kept, never a postal code',
  region: 'Only country and city are kept',
};

const MONTH = 30.44 * 24 * 3600 * 1000;

/** Years of experience: the union of role periods (overlaps count once), ongoing roles up to `now`. */
export function yearsFromRoles(items: ProfileItem[], now: Date): number | null {
  const spans: [number, number][] = [];
  for (const role of items) {
    if (role.kind !== 'role' || !role.startDate) continue;
    const start = periodStart(role.startDate);
    const end = role.endDate ? periodEnd(role.endDate) : now.getTime();
    if (end > start) spans.push([start, end]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let current: [number, number] | null = null;
  for (const [start, end] of spans) {
    if (current && start <= current[1]) current[1] = Math.max(current[1], end);
    else {
      if (current) total += current[1] - current[0];
      current = [start, end];
    }
  }
  if (current) total += current[1] - current[0];
  return Math.min(60, Math.round((total / MONTH / 12) * 10) / 10);
}

function languages(resume: JsonResume, ctx: ImportContext): Basics['languages'] {
  const kept: Basics['languages'] = [];
  const seen = new Set<string>();
  (resume.languages ?? []).forEach((entry, i) => {
    const path = `languages.${i}`;
    ctx.unmodelled(entry, path, ['language', 'fluency']);
    const language = ctx.text(entry.language, 60, `${path}.language`);
    if (language === '') {
      ctx.drop(path, 'A language entry needs the language');
      return;
    }
    if (seen.has(language.toLowerCase())) {
      ctx.drop(path, 'Listed twice; the first entry is kept');
      return;
    }
    if (kept.length >= MAX_LANGUAGES) {
      ctx.drop(path, `At most ${MAX_LANGUAGES} languages are kept`);
      return;
    }
    const { fluency, assumed } = fluencyFromText(entry.fluency);
    if (assumed)
      ctx.adjust(
        `${path}.fluency`,
        'Fluency not stated or not recognised; set to professional, please check',
      );
    seen.add(language.toLowerCase());
    kept.push({ language, fluency });
  });
  return kept;
}

/** basics + languages → our basics; years of experience only from our block (else null, see yearsFromRoles). */
export function importBasics(resume: JsonResume, ctx: ImportContext): Basics {
  const basics = resume.basics ?? {};
  ctx.unmodelled(basics, 'basics', ['label', 'summary', 'location', EXTENSION_KEY], BASICS_REASONS);
  const location = basics.location ?? {};
  ctx.unmodelled(location, 'basics.location', ['city', 'countryCode'], LOCATION_REASONS);
  const code = location.countryCode?.trim().toUpperCase();
  let country: string | null = null;
  if (code && COUNTRY.test(code)) country = code;
  else if (code) ctx.drop('basics.location.countryCode', 'Not a two-letter ISO 3166 country code');
  const ext = readExtension(basicsExtensionSchema, basics[EXTENSION_KEY]);
  return {
    headline: ctx.text(basics.label, 160, 'basics.label'),
    summary: ctx.text(basics.summary, 4000, 'basics.summary'),
    country,
    city: ctx.optionalText(location.city, 120, 'basics.location.city') ?? null,
    yearsExperience: ext.yearsExperience ?? null,
    languages: languages(resume, ctx),
  };
}
