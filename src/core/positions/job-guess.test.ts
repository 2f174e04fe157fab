import { describe, expect, it } from 'vitest';
import {
  EMPLOYMENT_TYPE_WORDS,
  employmentTypeFromText,
  LEVEL_WORDS,
  levelFromText,
  roleFamilyFromTitle,
} from './job-guess.js';

describe('roleFamilyFromTitle', () => {
  it.each([
    ['Senior Machine Learning Engineer', 'ml_engineer'],
    ['AI Engineer, LLM apps', 'ml_engineer'],
    ['MLOps Engineer', 'mlops_engineer'],
    ['ML Platform Engineer', 'mlops_engineer'],
    ['Applied Scientist II', 'applied_scientist'],
    ['Research Scientist, Vision', 'research_scientist'],
    ['Research Engineer', 'research_scientist'],
    ['Data Scientist', 'data_scientist'],
    ['ML Solutions Architect', 'ml_architect'],
    ['Engineering Manager, ML Platform', 'engineering_manager'],
    ['Head of AI', 'engineering_manager'],
    ['Web Developer', null],
    ['Email marketer', null],
  ])('%j → %s', (title, family) => {
    expect(roleFamilyFromTitle(title)).toBe(family);
  });
});

describe('levelFromText', () => {
  it.each([
    ['Senior', 'senior'],
    ['Sr. engineer', 'senior'],
    ['Junior', 'junior'],
    ['Entry level', 'junior'],
    ['Mid-level', 'mid'],
    ['Staff', 'staff'],
    ['Principal', 'staff'],
    ['Tech Lead', 'senior'],
    ['5+ years', 'senior'],
    ['1 year', 'junior'],
    ['3 yrs', 'mid'],
    ['10 years', 'staff'],
    ['Experienced', null],
    ['', null],
  ])('%j → %s', (text, level) => {
    expect(levelFromText(text)).toBe(level);
  });

  it('reads back every word export writes', () => {
    for (const [level, words] of Object.entries(LEVEL_WORDS)) expect(levelFromText(words)).toBe(level);
  });
});

describe('employmentTypeFromText', () => {
  it.each([
    ['Full-time', 'FULL_TIME'],
    ['full time, permanent', 'FULL_TIME'],
    ['Part time', 'PART_TIME'],
    ['Contract', 'CONTRACTOR'],
    ['Freelance', 'CONTRACTOR'],
    ['Fixed-term', 'TEMPORARY'],
    ['Summer internship', 'INTERN'],
    ['Whatever', null],
  ])('%j → %s', (text, type) => {
    expect(employmentTypeFromText(text)).toBe(type);
  });

  it('reads back every word export writes', () => {
    for (const [type, words] of Object.entries(EMPLOYMENT_TYPE_WORDS))
      expect(employmentTypeFromText(words)).toBe(type);
  });
});
