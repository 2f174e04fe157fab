import { describe, expect, it } from 'vitest';
import { MAX_RESUME_BYTES, parseResume, readResumeFile } from './readResume';

describe('reading a résumé in the browser', () => {
  it('accepts a JSON object', () => {
    expect(parseResume('{"basics":{"name":"Layla"}}')).toEqual({
      ok: true,
      resume: { basics: { name: 'Layla' } },
    });
  });

  it('names what is wrong with anything else', () => {
    expect(parseResume('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseResume('{basics')).toEqual({ ok: false, reason: 'not_json' });
    expect(parseResume('[1, 2]')).toEqual({ ok: false, reason: 'not_object' });
  });

  it('refuses files over 1 MB before reading them', async () => {
    const big = new File([new Uint8Array(MAX_RESUME_BYTES + 1)], 'big.json', { type: 'application/json' });
    expect(await readResumeFile(big)).toEqual({ ok: false, reason: 'too_large' });
  });
});
