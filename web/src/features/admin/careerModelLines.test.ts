import { describe, expect, it } from 'vitest';
import { layoutJson, lineOf, lineRange } from './careerModelLines';

describe('layoutJson', () => {
  const value = { stages: [{ id: 'junior', title: 'Junior', tags: [], extra: {} }], n: 1, none: null };

  it('lays out exactly as JSON.stringify with two spaces', () => {
    expect(layoutJson(value).text).toBe(JSON.stringify(value, null, 2));
  });

  it('finds the line of a field path, or of its nearest existing parent', () => {
    const { text, lines } = layoutJson(value);
    const at = (path: string) => text.split('\n')[(lineOf(lines, path) ?? 0) - 1]?.trim();
    expect(at('stages.0.title')).toBe('"title": "Junior",');
    expect(at('stages.0.coreSkills.3.skillId')).toBe('{');
    expect(at('n')).toBe('"n": 1,');
  });

  it('gives the offsets of a line', () => {
    expect(lineRange('a\nbc\nd', 2)).toEqual({ start: 2, end: 4 });
  });
});
