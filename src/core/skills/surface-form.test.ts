import { describe, expect, it } from 'vitest';
import { joinsPhrase, maskMarkup, otherNumber, phraseKey, tokenise } from './surface-form.js';

describe('tokenise', () => {
  it.each([
    ['scikit-learn', ['scikit', 'learn']],
    ['Node.js', ['node', 'js']],
    ['C++ and C#', ['c++', 'and', 'c#']],
    ['.NET Core', ['.net', 'core']],
    ['ASP.NET', ['asp', 'net']],
    ['Weights & Biases', ['weights', 'and', 'biases']],
    ['R&D', ['r', 'and', 'd']],
    ["API’s and let's", ['api', 'and', 'let']],
    ['C++17/20', ['c++17', '20']],
    ['وDocker', ['و', 'docker']],
    ['Pythonو', ['python', 'و']],
  ])('%s', (text, keys) => {
    expect(tokenise(text).map((token) => token.key)).toEqual(keys);
  });

  it('keeps offsets into the text', () => {
    const text = '  PyTorch, .NET!';
    for (const token of tokenise(text))
      expect(text.slice(token.start, token.end).toLowerCase()).toBe(token.key);
  });

  it('strips glued versions into a bare key', () => {
    const bare = (text: string) => tokenise(text)[0]?.bareKey ?? null;
    expect(bare('Python3')).toBe('python');
    expect(bare('YOLOv8')).toBe('yolo');
    expect(bare('C++17')).toBe('c++');
    expect(bare('k8s')).toBeNull();
    expect(bare('S3')).toBeNull();
    expect(bare('Python')).toBeNull();
  });
});

describe('phraseKey and joinsPhrase', () => {
  it('makes spelling variants meet', () => {
    expect(phraseKey('Scikit Learn')).toBe(phraseKey('scikit-learn'));
    expect(phraseKey('Weights & Biases')).toBe(phraseKey('weights and biases'));
    expect(phraseKey('A/B testing')).toBe('a b testing');
  });

  it('lets spaces, hyphens, slashes and glued dots join a phrase, not commas or sentence ends', () => {
    expect([' ', '-', ' / ', '.', '_', '\n'].map(joinsPhrase)).toEqual([true, true, true, true, true, true]);
    expect([', ', '. ', ' (', '\n\n', ';'].map(joinsPhrase)).toEqual([false, false, false, false, false]);
  });
});

describe('otherNumber', () => {
  it.each([
    ['gpu', 'gpus'],
    ['transformers', 'transformer'],
    ['ontology', 'ontologies'],
    ['ontologies', 'ontology'],
    ['databases', 'database'],
    ['aws', null],
    ['robotics', null],
    ['statistics', null],
    ['js', null],
    ['c++', null],
  ])('%s → %s', (word, other) => {
    expect(otherNumber(word)).toBe(other);
  });
});

describe('maskMarkup', () => {
  it('blanks tags and links and decodes entities without moving text', () => {
    const html = '<p>Weights &amp; Biases, see https://wandb.ai/x</p>';
    const masked = maskMarkup(html);
    expect(masked).toHaveLength(html.length);
    expect(masked.trim()).toBe('Weights &     Biases, see');
  });

  it('leaves plain text alone', () => {
    expect(maskMarkup('Python and R')).toBe('Python and R');
  });
});
