import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchImprovement } from '../../api/matching';
import ar from '../../i18n/ar.json';
import en from '../../i18n/en.json';
import { improvementSentence } from './matchText';

async function translator(language: 'en' | 'ar') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { en: { translation: en }, ar: { translation: ar } } });
  return instance.t;
}

const names = new Map([['kubernetes', 'Kubernetes']]);
const countryName = (code: string) => (code === 'AE' ? 'الإمارات' : code);
const improvement = (fields: Partial<MatchImprovement>): MatchImprovement => ({
  kind: 'add_skill',
  gain: 3.5,
  message: 'English message',
  ...fields,
});

describe('improvement sentences', () => {
  it('say in Arabic what the English message says: the minimum, the current level, the country', async () => {
    const t = await translator('ar');
    const say = (fields: Partial<MatchImprovement>) =>
      improvementSentence(improvement(fields), names, countryName, t);
    expect(say({ kind: 'add_skill', skillId: 'kubernetes', required: true, minimum: 3 })).toBe(
      'إضافة Kubernetes بمستوى 3/5 أو أعلى، مدعومةً بمشروع: الوظيفة تتطلبها',
    );
    expect(say({ kind: 'add_skill', skillId: 'kubernetes', required: false })).toContain('ترغب فيها');
    expect(say({ kind: 'raise_proficiency', skillId: 'kubernetes', current: 2, minimum: 4 })).toBe(
      'رفع المستوى في Kubernetes من 2/5 إلى المستوى المطلوب 4/5',
    );
    expect(say({ kind: 'set_goal', goal: 'relocate', country: 'AE' })).toBe(
      'إضافة الإمارات إلى البلدان التي يُنتقل إليها',
    );
    expect(say({ kind: 'add_evidence', evidence: 'publication' })).toBe(
      'إضافة منشور أو محاضرة في مؤتمر أو مقال تقني',
    );
    // Without particulars (an older server), the general sentence.
    expect(say({ kind: 'set_goal' })).toBe(ar.matching.improvements.set_goal);
  });

  it('word each goal on its own in English', async () => {
    const t = await translator('en');
    const goals = (['role_family', 'level', 'open_to_work'] as const).map((goal) =>
      improvementSentence(improvement({ kind: 'set_goal', goal }), names, countryName, t),
    );
    expect(new Set(goals).size).toBe(3);
    expect(goals).not.toContain(en.matching.improvements.set_goal);
    expect(
      improvementSentence(
        improvement({ kind: 'raise_proficiency', skillId: 'kubernetes', current: 2, minimum: 4 }),
        names,
        countryName,
        t,
      ),
    ).toBe('Raising Kubernetes from 2/5 to the required 4/5');
  });
});
