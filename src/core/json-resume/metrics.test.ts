import { describe, expect, it } from 'vitest';
import { highlightFromResult, resultFromHighlight } from './metrics.js';

describe('resultFromHighlight', () => {
  it.each([
    ['Cut p99 produce latency 40%', '40%'],
    ['Deployed to 400+ active students across two residence halls', '400+'],
    ['Sped up training 3x on 8 GPUs', '3x'],
    ['Served 1.2M requests per day', '1.2M'],
    ['Indexed 10,000 documents', '10,000'],
    ['Hired, trained, and retained a team of 35 across front and back of house', '35'],
    ['Grew annual revenue 28% over three years while holding food cost flat', '28%'],
  ])('reads "%s" as measured (%s)', (highlight, value) => {
    expect(resultFromHighlight(highlight)).toEqual({ metric: highlight, value });
  });

  it('reads "from X to Y" as a baseline and a value', () => {
    expect(resultFromHighlight('Reduced p99 from 200ms to 40ms')).toEqual({
      metric: 'Reduced p99 from 200ms to 40ms',
      value: '40ms',
      baseline: '200ms',
    });
  });

  it.each([
    'Won award at AIHacks 2016',
    'Mentored four engineers, two of whom were promoted to senior',
    'Cut p99 latency with a new cache',
    'Wrote <script>alert(1)</script>',
    'Upgraded to Python 3.12',
    'Upgraded to Python 3',
    'Trained 6 baristas',
    `Improved it by 40% ${'and more '.repeat(20)}`,
  ])('keeps "%s" as narrative', (highlight) => {
    expect(resultFromHighlight(highlight)).toBeNull();
  });
});

describe('highlightFromResult', () => {
  it('writes the metric alone when it states the numbers, else appends them', () => {
    expect(highlightFromResult({ metric: 'Cut latency 40%', value: '40%' })).toBe('Cut latency 40%');
    expect(highlightFromResult({ metric: 'Recall@10', value: '0.82' })).toBe('Recall@10: 0.82');
    expect(highlightFromResult({ metric: 'Recall@10', value: '0.82', baseline: '0.64' })).toBe(
      'Recall@10: from 0.64 to 0.82',
    );
  });
});
