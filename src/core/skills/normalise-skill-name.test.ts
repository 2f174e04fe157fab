import { describe, expect, it } from 'vitest';
import { normaliseSkillName } from './normalise-skill-name.js';

const cases: readonly (readonly [string, string | null])[] = [
  ['PyTorch', 'pytorch'],
  ['pytorch 2.x', 'pytorch'],
  ['Python (advanced)', 'python'],
  ['Advanced Python', 'python'],
  ['Python3', 'python'],
  ['TensorFlow2', 'tensorflow'],
  ['Natural Language Processing (NLP)', 'nlp'],
  ['K8s', 'kubernetes'],
  ['scikit learn', 'scikit-learn'],
  ['React.js', 'react'],
  ['CI/CD pipelines', 'ci-cd'],
  ['LoRA fine-tuning', 'lora'],
  ['experience with AWS', 'aws'],
  ['Weights and Biases', 'weights-and-biases'],
  ['R', 'r'],
  ['Go', 'go'],
  ['Go (Golang)', 'go'],
  ['C', 'c'],
  ['Julia', 'julia'],
  ['Spark', 'apache-spark'],
  ['Deep Learning (expert)', 'deep-learning'],
  ['English (native)', null],
  ['Machine Learning Engineering', 'machine-learning'],
  ['<b>MLflow</b>', 'mlflow'],
  ['Microsoft Office', null],
  ['cooking', null],
  ['AWS Certified Solutions Architect', null],
  ['', null],
  ['   ', null],
];

describe('normaliseSkillName', () => {
  it.each(cases)('%s → %s', (free, skillId) => {
    expect(normaliseSkillName(free)?.skillId ?? null).toBe(skillId);
  });

  it('is surest of an exact canonical name and less sure of aliases and bare short names', () => {
    const exact = normaliseSkillName('PyTorch')?.confidence ?? 0;
    const alias = normaliseSkillName('k8s')?.confidence ?? 0;
    const shortName = normaliseSkillName('R')?.confidence ?? 0;
    const partial = normaliseSkillName('Machine Learning Engineering')?.confidence ?? 0;
    expect(exact).toBe(1);
    expect(alias).toBeLessThan(exact);
    expect(shortName).toBeLessThan(alias);
    expect(partial).toBeLessThan(shortName);
  });
});
