import { describe, expect, it } from 'vitest';
import { searchSkills } from './search-skills.js';

const top = (query: string, limit = 5) => searchSkills(query, limit).map((hit) => hit.skill.id);

describe('searchSkills', () => {
  it.each([
    ['pytorch', 'pytorch'],
    ['PyTorch', 'pytorch'],
    ['py', 'python'],
    ['k8', 'kubernetes'],
    ['k8s', 'kubernetes'],
    ['sklearn', 'scikit-learn'],
    ['scikit', 'scikit-learn'],
    ['scikitlearn', 'scikit-learn'],
    ['hugging', 'hugging-face'],
    ['huggingface', 'hugging-face'],
    ['azure ml', 'azure-ml'],
    ['weights', 'weights-and-biases'],
    ['w&b', 'weights-and-biases'],
    ['r', 'r'],
    ['go', 'go'],
    ['c#', 'csharp'],
    ['torch', 'pytorch'],
    ['fine tun', 'llm-fine-tuning'],
    ['nlp', 'nlp'],
  ])('puts %s first as %s', (query, id) => {
    expect(top(query)[0]).toBe(id);
  });

  it('finds skills by a word inside the name', () => {
    expect(top('learning', 50)).toContain('deep-learning');
    expect(top('machine learning', 10)).toContain('azure-ml');
  });

  it('falls back to substrings for longer queries', () => {
    expect(top('flow', 20)).toEqual(expect.arrayContaining(['tensorflow', 'mlflow', 'kubeflow']));
  });

  it('scores exact names above prefixes above word prefixes', () => {
    const [exact] = searchSkills('python', 1);
    const [prefix] = searchSkills('pyth', 1);
    const [word] = searchSkills('lightning', 1);
    expect(exact?.score).toBe(1);
    expect(prefix?.score).toBeLessThan(1);
    expect(word?.skill.id).toBe('pytorch-lightning');
    expect(word?.score).toBeLessThan(prefix?.score ?? 0);
  });

  it('reports the form that matched', () => {
    expect(searchSkills('k8s', 1)[0]?.matched).toBe('k8s');
  });

  it('respects the limit and returns nothing for an empty query', () => {
    expect(searchSkills('a', 3)).toHaveLength(3);
    expect(searchSkills('', 10)).toEqual([]);
    expect(searchSkills('   ', 10)).toEqual([]);
    expect(searchSkills('python', 0)).toEqual([]);
    expect(searchSkills('zzzzqqq', 10)).toEqual([]);
  });
});
