import { describe, expect, it } from 'vitest';
import { DEFAULT_CAREER_MODEL } from '../../../../src/core/career/default-model';
import ar from '../../i18n/career-model.ar.json';
import { modelText } from './modelText';

/** Every line of the shipped model a reader sees. */
function shownLines(): Set<string> {
  const lines = new Set<string>();
  for (const step of [...DEFAULT_CAREER_MODEL.stages, ...DEFAULT_CAREER_MODEL.tracks]) {
    for (const line of [step.title, ...step.typicalTitles, ...step.responsibilities, ...step.standOut])
      lines.add(line);
    for (const p of step.projects)
      for (const line of [p.title, p.description, p.measurableOutcome]) lines.add(line);
  }
  return lines;
}

describe('the career model in Arabic', () => {
  it('has every shown line of the shipped model, and nothing else', () => {
    const catalog = ar as Record<string, string>;
    const lines = shownLines();
    expect([...lines].filter((line) => !catalog[line])).toEqual([]);
    // A line changed in the model leaves its old translation behind: this names it.
    expect(Object.keys(catalog).filter((line) => !lines.has(line))).toEqual([]);
    // Arabic, not English copied over (a product name such as arXiv may stay Latin).
    expect(Object.values(catalog).filter((text) => !/[\u0600-\u06ff]/.test(text))).toEqual([]);
  });

  it('translates for Arabic readers only, and shows a line an admin wrote as written', () => {
    expect(modelText('Senior ML Engineer', 'ar')).toBe('مهندس تعلّم آلة أول');
    expect(modelText('Senior ML Engineer', 'ar-AE')).toBe('مهندس تعلّم آلة أول');
    expect(modelText('Senior ML Engineer', 'en')).toBe('Senior ML Engineer');
    expect(modelText('Owns the feature store', 'ar')).toBe('Owns the feature store');
    expect(modelText('constructor', 'ar')).toBe('constructor');
  });
});
