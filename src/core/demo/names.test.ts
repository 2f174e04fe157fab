import { describe, expect, it } from 'vitest';
import type { CountryCode } from './geography.js';
import { COUNTRIES } from './geography.js';
import { cultureShares, drawName, NAME_POOLS, nameSlug } from './names.js';
import { rngFor } from './random.js';

const ARABIC_SCRIPT = /^[\u0621-\u064A\u0671-\u06D3 ]+$/;

describe('name pools', () => {
  it('spells every Arabic-culture name in Arabic script as well', () => {
    for (const pool of NAME_POOLS.filter((p) => p.culture.startsWith('arab-'))) {
      for (const name of [...pool.given, ...pool.family]) {
        expect(name.ar, name.en).toMatch(ARABIC_SCRIPT);
      }
    }
  });

  it('gives no Arabic spelling to other cultures', () => {
    for (const pool of NAME_POOLS.filter((p) => !p.culture.startsWith('arab-'))) {
      for (const name of [...pool.given, ...pool.family]) expect(name.ar).toBeUndefined();
    }
  });

  it('has ASCII e-mail slugs and no duplicates within a list', () => {
    for (const pool of NAME_POOLS) {
      for (const list of [pool.given, pool.family]) {
        expect(list.length).toBeGreaterThanOrEqual(15);
        expect(new Set(list.map((n) => n.en)).size, pool.id).toBe(list.length);
        for (const name of list) expect(name.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });

  it('keeps the large cultures at 30-60 names per list', () => {
    for (const id of ['gulf', 'levant', 'indian', 'anglo']) {
      const pool = NAME_POOLS.find((p) => p.id === id);
      expect(pool?.given.length).toBeGreaterThanOrEqual(30);
      expect(pool?.family.length).toBeGreaterThanOrEqual(30);
    }
  });

  it('folds accents and apostrophes in slugs', () => {
    expect(nameSlug('Müller')).toBe('muller');
    expect(nameSlug("D'Souza")).toBe('dsouza');
    expect(nameSlug('Al Mansoori')).toBe('al-mansoori');
    expect(nameSlug('van den Berg')).toBe('van-den-berg');
    expect(nameSlug('Élise')).toBe('elise');
  });
});

describe('culture weights by country', () => {
  const arabicOrSouthAsian = (code: CountryCode) => {
    const s = cultureShares(code);
    return (s['arab-gulf'] ?? 0) + (s['arab-levant'] ?? 0) + (s['south-asian'] ?? 0);
  };

  it('covers every demo country', () => {
    for (const country of COUNTRIES)
      expect(Object.keys(cultureShares(country.code)).length).toBeGreaterThan(0);
  });

  it('makes Gulf residents mostly Arabic and South Asian', () => {
    for (const code of ['AE', 'SA', 'QA'] as const) expect(arabicOrSouthAsian(code)).toBeGreaterThan(0.7);
    expect(cultureShares('SA')['arab-gulf']).toBeGreaterThan(0.4);
  });

  it('makes India mostly Indian and Germany mostly Western European', () => {
    expect(cultureShares('IN')['south-asian']).toBeGreaterThan(0.9);
    expect(cultureShares('DE')['western-european']).toBeGreaterThan(0.6);
  });

  it('draws names that follow the weights', () => {
    const rng = rngFor(1, 'names-test', 0);
    let arabic = 0;
    for (let i = 0; i < 5000; i++) {
      const name = drawName(rng, 'SA');
      if (name.culture === 'arab-gulf' || name.culture === 'arab-levant') {
        arabic++;
        expect(name.given.ar).toBeDefined();
      }
    }
    expect(arabic / 5000).toBeCloseTo(0.64, 1);
  });
});
