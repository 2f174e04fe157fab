import { describe, expect, it } from 'vitest';
import { positionSlug } from './slug.js';

const id = '3F2A9C1B-7d4e-4c2a-9b1e-0a1b2c3d4e5f';

describe('positionSlug', () => {
  it.each([
    ['Senior ML Engineer', 'senior-ml-engineer-3f2a9c1b'],
    ['  C++ / CUDA Engineer (LLM inference)!  ', 'c-cuda-engineer-llm-inference-3f2a9c1b'],
    ['Ingénieur·e Données à Zürich', 'ingenieur-e-donnees-a-zurich-3f2a9c1b'],
    ['Straße Ærø Œuvre Łódź Þór', 'strasse-aero-oeuvre-lodz-thor-3f2a9c1b'],
    ['Ｆｕｌｌｗｉｄｔｈ ＭＬ', 'fullwidth-ml-3f2a9c1b'],
    ['ML Engineer — مهندس تعلم آلي', 'ml-engineer-3f2a9c1b'],
  ])('%j → %s', (title, slug) => {
    expect(positionSlug(title, id)).toBe(slug);
  });

  it.each(['مهندس تعلم آلي', '机器学习工程师', '!!!', ''])('falls back to position-<id> for %j', (title) => {
    expect(positionSlug(title, id)).toBe('position-3f2a9c1b');
  });

  it('keeps at most 60 title characters, cut at a word boundary', () => {
    const slug = positionSlug(
      'Principal Machine Learning Engineer for Large Scale Recommendation Systems and Ranking',
      id,
    );
    expect(slug).toBe('principal-machine-learning-engineer-for-large-scale-3f2a9c1b');
    expect(slug.length - '-3f2a9c1b'.length).toBeLessThanOrEqual(60);
  });

  it('cuts a single long word hard at 60 characters', () => {
    const slug = positionSlug('a'.repeat(100), id);
    expect(slug).toBe(`${'a'.repeat(60)}-3f2a9c1b`);
  });

  it('keeps a title of exactly 60 characters whole', () => {
    const title = `${'b'.repeat(29)} ${'c'.repeat(30)}`;
    expect(positionSlug(title, id)).toBe(`${'b'.repeat(29)}-${'c'.repeat(30)}-3f2a9c1b`);
  });

  it('is lower-case ASCII and URL-safe', () => {
    expect(positionSlug('Über-Senior  DATA__Scientist', id)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
