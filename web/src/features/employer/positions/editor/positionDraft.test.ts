import { describe, expect, it } from 'vitest';
import { positionBody } from '../../../../../../src/contracts/positions.js';
import { localCurrency, newPositionDraft, parseAmount, positionBodyFrom } from './positionDraft';

describe('the position form', () => {
  it('starts in the organisation’s country, paid the local way', () => {
    const dubai = newPositionDraft({ country: 'AE', city: 'Dubai' });
    expect(dubai.locations.map(({ country, city }) => ({ country, city }))).toEqual([
      { country: 'AE', city: 'Dubai' },
    ]);
    expect(dubai.salary).toMatchObject({ currency: 'AED', period: 'month' });
    expect(newPositionDraft({ country: 'DE', city: null }).salary).toMatchObject({
      currency: 'EUR',
      period: 'year',
    });
    expect(localCurrency('BR')).toBe('USD');
  });

  it('reads amounts as people type them', () => {
    expect(parseAmount('30,000')).toBe(30000);
    expect(parseAmount(' 45 000 ')).toBe(45000);
    expect(parseAmount('٣٠٠٠٠')).toBe(30000);
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('30k')).toBeNaN();
  });

  it('builds a body the contract accepts, dropping remote countries for onsite roles', () => {
    const draft = {
      ...newPositionDraft({ country: 'AE', city: 'Dubai' }),
      title: 'Senior ML engineer',
      roleFamily: 'ml_engineer' as const,
      level: 'senior' as const,
      description: 'Ship **models**.',
      requiredSkills: [{ skillId: 'pytorch', name: 'PyTorch', minProficiency: 4 }],
      remoteCountries: ['JO'],
      salary: { min: '30,000', max: '45,000', currency: 'AED' as const, period: 'month' as const },
    };
    const body = positionBodyFrom(draft);
    expect(body.remoteCountries).toEqual([]);
    expect(body).not.toHaveProperty('validThrough');
    expect(positionBody.safeParse(body).success).toBe(true);
    expect(positionBodyFrom({ ...draft, workplace: 'remote' }).remoteCountries).toEqual(['JO']);
    expect(positionBody.safeParse(positionBodyFrom({ ...draft, roleFamily: '' })).success).toBe(false);
  });
});
