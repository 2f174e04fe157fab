import { describe, expect, it } from 'vitest';
import { composeDescription, splitDescription } from './job-description.js';

describe('composeDescription and splitDescription', () => {
  const parts = {
    description: 'We build **ranking** models.',
    responsibilities: ['Train models', 'Ship them'],
    qualifications: ['Python', 'A degree\nor equivalent'],
  };

  it('appends the lists as headed sections, one line per item', () => {
    expect(composeDescription(parts)).toBe(
      'We build **ranking** models.\n\n### Responsibilities\n\n- Train models\n- Ship them\n\n' +
        '### Qualifications\n\n- Python\n- A degree or equivalent',
    );
  });

  it('skips empty lists, blank items and an empty description', () => {
    expect(composeDescription({ description: '  ', responsibilities: [' '], qualifications: ['Go'] })).toBe(
      '### Qualifications\n\n- Go',
    );
    expect(composeDescription({ description: '', responsibilities: [], qualifications: [] })).toBe('');
  });

  it('splits what it composed back into the three fields', () => {
    expect(splitDescription(composeDescription(parts))).toEqual({
      ...parts,
      qualifications: ['Python', 'A degree or equivalent'],
    });
  });

  it('lifts sections under any heading level and list style, case-insensitively', () => {
    expect(splitDescription('Intro\n\n## responsibilities\n\n* One\n1. Two\n\n# Perks\n\nGym')).toEqual({
      description: 'Intro\n\n# Perks\n\nGym',
      responsibilities: ['One', 'Two'],
      qualifications: [],
    });
  });

  it('leaves a section with prose in the description', () => {
    const markdown = 'Intro\n\n### Qualifications\n\nWe value:\n\n- Python';
    expect(splitDescription(markdown)).toEqual({
      description: markdown,
      responsibilities: [],
      qualifications: [],
    });
  });

  it('lifts only the first section of each name', () => {
    const markdown = '### Responsibilities\n\n- A\n\n### Responsibilities\n\n- B';
    expect(splitDescription(markdown)).toEqual({
      description: '### Responsibilities\n\n- B',
      responsibilities: ['A'],
      qualifications: [],
    });
  });

  it('keeps a description without sections as it is', () => {
    expect(splitDescription('Just text.\n\n- a list')).toEqual({
      description: 'Just text.\n\n- a list',
      responsibilities: [],
      qualifications: [],
    });
  });
});
