import { describe, expect, it } from 'vitest';
import { arxivIdFromUrl, classifyProjectLink, doiFromUrl, hostOf, isHttpUrl, schemeOf } from './urls.js';

describe('links', () => {
  it('accepts only absolute http(s) addresses', () => {
    expect(isHttpUrl('https://example.com/x')).toBe(true);
    expect(isHttpUrl('http://localhost:3000')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.c',
      '//example.com',
      'example.com',
      '',
    ]) {
      expect(isHttpUrl(bad)).toBe(false);
    }
  });

  it('names schemes, and none for relative paths', () => {
    expect(schemeOf(' JavaScript:alert(1)')).toBe('javascript');
    expect(schemeOf('data:image/png;base64,AA')).toBe('data');
    expect(schemeOf('photos/me.png')).toBeNull();
  });

  it('gives the host without www', () => {
    expect(hostOf('https://www.Example.com/about')).toBe('example.com');
    expect(hostOf('javascript:alert(1)')).toBeNull();
  });

  it.each([
    ['https://github.com/a/b', 'repository'],
    ['https://www.gitlab.com/a/b', 'repository'],
    ['https://bitbucket.org/a/b', 'repository'],
    ['https://huggingface.co/org/model', 'modelCard'],
    ['https://hf.co/datasets/org/d', 'dataset'],
    ['https://huggingface.co/spaces/org/app', 'demo'],
    ['https://www.kaggle.com/datasets/x/y', 'dataset'],
    ['https://arxiv.org/abs/2106.09685', 'paper'],
    ['https://openreview.net/forum?id=x', 'paper'],
    ['https://doi.org/10.1000/x', 'paper'],
    ['https://a.github.io/demo', 'demo'],
    ['https://app.example.com', 'demo'],
  ])('classifies %s as %s', (url, kind) => {
    expect(classifyProjectLink(url)).toBe(kind);
  });

  it('finds DOIs and arXiv ids', () => {
    expect(doiFromUrl('https://doi.org/10.1145/3292500.3330701')).toBe('10.1145/3292500.3330701');
    expect(doiFromUrl('https://link.springer.com/article/10.1007/s10994-021-05946-3.')).toBe(
      '10.1007/s10994-021-05946-3',
    );
    expect(doiFromUrl('https://doi.org/10.1000%2Fabc')).toBe('10.1000/abc');
    expect(doiFromUrl('https://example.com/paper')).toBeUndefined();
    expect(arxivIdFromUrl('https://arxiv.org/abs/2106.09685v3')).toBe('2106.09685v3');
    expect(arxivIdFromUrl('https://export.arxiv.org/pdf/2106.09685.pdf')).toBe('2106.09685');
    expect(arxivIdFromUrl('https://arxiv.org/abs/math.GT/0309136')).toBe('math.GT/0309136');
    expect(arxivIdFromUrl('https://arxiv.org/list/cs.LG/recent')).toBeUndefined();
    expect(arxivIdFromUrl('https://doi.org/10.48550/arXiv.2401.00001')).toBe('2401.00001');
  });
});
