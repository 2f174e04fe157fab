import { describe, expect, it } from 'vitest';
import { organisationBody as contract } from '../../../../src/contracts/organisations.js';
import { cleanDomain, EMPTY_ORGANISATION, organisationBody, splitDomains } from './organisationDraft';

describe('the organisation form', () => {
  it('keeps only the host name of what people paste as a domain', () => {
    expect(cleanDomain(' https://www.Falcon.ai/careers?x=1 ')).toBe('falcon.ai');
    expect(cleanDomain('layla@falcon.ai')).toBe('falcon.ai');
    expect(cleanDomain('jobs.falcon.ai:8443')).toBe('jobs.falcon.ai');
    expect(splitDomains('falcon.ai, falcon.ae;  https://falcon.sa ')).toEqual([
      'falcon.ai',
      'falcon.ae',
      'falcon.sa',
    ]);
  });

  it('sends optional fields only when they are filled, and passes the contract when complete', () => {
    const draft = {
      ...EMPTY_ORGANISATION,
      name: ' Falcon AI ',
      website: 'https://falcon.ai',
      emailDomains: ['falcon.ai'],
      country: 'AE',
      size: '51-200' as const,
      industry: 'Computer vision',
      description: '',
    };
    const body = organisationBody(draft);
    expect(body).not.toHaveProperty('city');
    expect(body).not.toHaveProperty('logoUrl');
    expect(contract.safeParse(body).success).toBe(true);
    expect(contract.safeParse(organisationBody({ ...draft, size: '' })).success).toBe(false);
  });
});
