import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../config/paths.js';
import { salaryRoleFamilySchema } from '../../../contracts/salaries.js';
import { skillsFromTitle } from './title-skills.js';
import { TITLE_TABLE } from './title-table.js';
import { classifyTitle } from './titles.js';

const dataDir = sharedDataDir();
const realFile = dataDir && path.join(dataDir, 'salaries-aijobs', 'salaries.csv');

describe('the title table', () => {
  it.skipIf(!realFile)('places every title of the real aijobs file from the table itself', () => {
    if (!realFile) return;
    const rows: string[][] = parse(readFileSync(realFile), { from_line: 2 });
    const titles = [...new Set(rows.map((row) => row[3] ?? ''))];
    expect(titles).toHaveLength(290);
    const notFromTable = titles.filter((title) => classifyTitle(title).via !== 'table');
    expect(notFromTable).toEqual([]);
  });

  it('lists each title once, under a real role family', () => {
    const keys = Object.entries(TITLE_TABLE).flatMap(([family, entries]) => {
      expect(salaryRoleFamilySchema.safeParse(family).success).toBe(true);
      return entries.map((entry) => (typeof entry === 'string' ? entry : entry[0]).toLowerCase());
    });
    expect(keys.length).toBeGreaterThanOrEqual(290);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('normalises spellings and seniority in the table', () => {
    expect(classifyTitle('ML Infrastructure Engineer')).toEqual({
      roleFamily: 'mlops_engineer',
      title: 'Machine Learning Infrastructure Engineer',
      via: 'table',
    });
    expect(classifyTitle('lead  data scientist')).toMatchObject({
      roleFamily: 'data_scientist',
      title: 'Data Scientist',
    });
    expect(classifyTitle('Engineer')).toMatchObject({ roleFamily: 'other', via: 'table' });
  });
});

describe('titles the table has never seen', () => {
  it.each([
    ['Sr. ML Engineer', 'ml_engineer', 'Machine Learning Engineer', 'stripped'],
    ['Senior Data Scientist - Payments', 'data_scientist', 'Data Scientist', 'stripped'],
    ['Staff Software Engineer II', 'software_engineer', 'Software Engineer', 'stripped'],
    ['Principal MLOps Engineer (Platform)', 'mlops_engineer', 'MLOps Engineer', 'stripped'],
    ['LLM Engineer', 'ml_engineer', 'Machine Learning Engineer', 'keywords'],
    ['Generative AI Specialist', 'ml_engineer', 'Machine Learning Engineer', 'keywords'],
    ['VP of Artificial Intelligence', 'engineering_manager', 'Machine Learning Manager', 'keywords'],
    ['ML Platform Lead', 'mlops_engineer', 'MLOps Engineer', 'keywords'],
    ['Senior AI Solutions Architect', 'ml_architect', 'AI Architect', 'keywords'],
    ['Speech Researcher', 'research_scientist', 'Research Scientist', 'keywords'],
    ['Data Science Consultant', 'data_scientist', 'Data Scientist', 'keywords'],
    ['Snowflake Data Engineer', 'data_engineer', 'Data Engineer', 'keywords'],
    ['Supply Chain Analyst', 'data_analyst', 'Data Analyst', 'keywords'],
    ['iOS Developer', 'software_engineer', 'Software Engineer', 'keywords'],
    ['Barista', 'other', 'Barista', 'fallback'],
  ])('%s is %s (%s, via %s)', (raw, roleFamily, title, via) => {
    expect(classifyTitle(raw)).toEqual({ roleFamily, title, via });
  });
});

describe('skillsFromTitle', () => {
  it('records the taxonomy skills a title names', () => {
    expect(skillsFromTitle('Computer Vision Engineer')).toEqual(['computer-vision']);
    expect(skillsFromTitle('NLP Engineer')).toEqual(['nlp']);
    expect(skillsFromTitle('MLOps Engineer')).toEqual(['mlops']);
    expect(skillsFromTitle('Scala Spark Developer')).toEqual(['scala', 'apache-spark']);
  });

  it('leaves out the discipline the job itself is', () => {
    expect(skillsFromTitle('Machine Learning Engineer')).toEqual([]);
    expect(skillsFromTitle('Data Engineer')).toEqual([]);
    expect(skillsFromTitle('Research Scientist')).toEqual([]);
  });
});
