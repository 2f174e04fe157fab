import { describe, expect, it } from 'vitest';
import { fluencyFromText, levelFromProficiency, proficiencyFromLevel, textFromFluency } from './levels.js';

describe('proficiencyFromLevel', () => {
  it.each([
    ['Beginner', 1],
    ['Novice', 1],
    ['Advanced beginner', 2],
    ['Basic', 2],
    ['Elementary', 2],
    ['Intermediate', 3],
    ['Competent', 3],
    ['Advanced', 4],
    ['Proficient', 4],
    ['Expert', 5],
    ['Master', 5],
    ['1', 1],
    ['5', 5],
    ['0', 1],
    ['3.6', 4],
    ['7', 4],
    ['8/10', 4],
    ['2 / 5', 2],
    ['80%', 4],
    ['100', 5],
    ['★★★☆☆', 3],
    ['●●●●●', 5],
  ])('reads %s as %i', (level, step) => {
    expect(proficiencyFromLevel(level)).toEqual({ proficiency: step, assumed: false });
  });

  it('defaults to 3, flagging only text it could not read', () => {
    expect(proficiencyFromLevel(undefined)).toEqual({ proficiency: 3, assumed: false });
    expect(proficiencyFromLevel('  ')).toEqual({ proficiency: 3, assumed: false });
    expect(proficiencyFromLevel('wizard')).toEqual({ proficiency: 3, assumed: true });
    expect(proficiencyFromLevel('500')).toEqual({ proficiency: 3, assumed: true });
    expect(proficiencyFromLevel('3/0')).toEqual({ proficiency: 3, assumed: true });
  });

  it('writes one word per step that reads back as the same step', () => {
    for (const step of [1, 2, 3, 4, 5]) {
      expect(proficiencyFromLevel(levelFromProficiency(step)).proficiency).toBe(step);
    }
    expect([1, 2, 3, 4, 5].map(levelFromProficiency)).toEqual([
      'Beginner',
      'Elementary',
      'Intermediate',
      'Advanced',
      'Master',
    ]);
  });
});

describe('fluencyFromText', () => {
  it.each([
    ['Native speaker', 'native'],
    ['Native or bilingual proficiency', 'native'],
    ['Mother tongue', 'native'],
    ['Fluent', 'full'],
    ['Full professional proficiency', 'full'],
    ['C2', 'full'],
    ['Professional working proficiency', 'professional'],
    ['Upper-intermediate', 'professional'],
    ['B2', 'professional'],
    ['Limited working proficiency', 'elementary'],
    ['Conversational', 'elementary'],
    ['Intermediate', 'elementary'],
    ['A2', 'elementary'],
    ['Elementary proficiency', 'elementary'],
  ] as const)('reads %s as %s', (text, fluency) => {
    expect(fluencyFromText(text)).toEqual({ fluency, assumed: false });
  });

  it('assumes professional when missing or unreadable', () => {
    expect(fluencyFromText(undefined)).toEqual({ fluency: 'professional', assumed: true });
    expect(fluencyFromText('so-so')).toEqual({ fluency: 'professional', assumed: true });
  });

  it('writes text that reads back as the same fluency', () => {
    for (const fluency of ['elementary', 'professional', 'full', 'native'] as const) {
      expect(fluencyFromText(textFromFluency(fluency)).fluency).toBe(fluency);
    }
  });
});
