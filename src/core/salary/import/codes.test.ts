import { describe, expect, it } from 'vitest';
import { isCountryCode, isCurrencyCode } from './codes.js';

describe('country and currency codes', () => {
  it('accepts ISO 3166-1 alpha-2 countries and Kosovo', () => {
    for (const code of ['AE', 'SA', 'US', 'GB', 'DE', 'IN', 'JE', 'PR', 'XK'])
      expect(isCountryCode(code)).toBe(true);
  });

  it('refuses groupings, reserved and withdrawn codes, and malformed ones', () => {
    for (const code of ['EU', 'UN', 'ZZ', 'UK', 'SU', 'YU', 'XX', 'us', 'USA', '', 'U']) {
      expect(isCountryCode(code)).toBe(false);
    }
  });

  it('accepts ISO 4217 currencies in upper case only', () => {
    expect(['USD', 'EUR', 'AED', 'SAR', 'INR', 'CLP'].every(isCurrencyCode)).toBe(true);
    expect(['usd', 'XYZ', 'US$', ''].some(isCurrencyCode)).toBe(false);
  });
});
