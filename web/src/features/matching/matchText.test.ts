import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { MatchImprovement } from '../../api/matching';
import ar from '../../i18n/ar.json';
import en from '../../i18n/en.json';
import { exclusionRule, improvementSentence } from './matchText';

async function translator(language: 'en' | 'ar') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { en: { translation: en }, ar: { translation: ar } } });
  return instance.t;
}

const names = new Map([['kubernetes', 'Kubernetes']]);
const countryName = (code: string) => (code === 'AE' ? 'الإمارات' : code);
/** A name as the sentences isolate it (first-strong isolate … pop). */
const iso = (text: string) => `\u2068${text}\u2069`;

async function speaker(language: 'en' | 'ar') {
  const t = await translator(language);
  return (fields: Partial<MatchImprovement>) =>
    improvementSentence(
      { kind: 'add_skill', gain: 3.5, message: 'English message', ...fields },
      names,
      countryName,
      t,
    );
}

describe('improvement sentences', () => {
  it('say in Arabic what the English message says: the minimum, the current level, the goal, the country', async () => {
    const say = await speaker('ar');
    const k8s = iso('Kubernetes');
    expect(say({ kind: 'add_skill', skillId: 'kubernetes', required: true, minimum: 3 })).toBe(
      `إضافة ${k8s} بمستوى 3/5 أو أعلى، مدعومةً بمشروع، فهي مهارة مطلوبة في الوظيفة`,
    );
    expect(say({ kind: 'add_skill', skillId: 'kubernetes', required: false })).toBe(
      `إضافة ${k8s}، مدعومةً بمشروع، فهي مهارة مرغوبة في الوظيفة`,
    );
    expect(say({ kind: 'raise_proficiency', skillId: 'kubernetes', current: 2, minimum: 4 })).toBe(
      `رفع المستوى في ${k8s} من 2/5 إلى المستوى المطلوب 4/5`,
    );
    expect(say({ kind: 'add_evidence', skillId: 'kubernetes' })).toBe(
      `دعم ${k8s} بمشروع له نتائج مقيسة ورابط عام`,
    );
    expect(say({ kind: 'add_evidence', evidence: 'project' })).toBe('إضافة مشروع له نتائج مقيسة ورابط عام');
    expect(say({ kind: 'add_evidence', evidence: 'publication' })).toBe(
      'إضافة منشور أو محاضرة في مؤتمر أو مقال تقني',
    );
    expect(say({ kind: 'set_goal', goal: 'role_family' })).toBe('تحديد الوظيفة المستهدفة');
    expect(say({ kind: 'set_goal', goal: 'level' })).toBe('تحديد المستوى المستهدف');
    expect(say({ kind: 'set_goal', goal: 'open_to_work' })).toBe(
      'تفعيل خيار «منفتح على فرص العمل» في الملف المهني',
    );
    expect(say({ kind: 'set_goal', goal: 'relocate', country: 'AE' })).toBe(
      `إضافة ${iso('الإمارات')} إلى دول العمل المفضّلة`,
    );
    // Without particulars (an older server), the general sentence.
    expect(say({ kind: 'set_goal' })).toBe(ar.matching.improvements.set_goal);
  });

  it('word each change in English, for either side', async () => {
    const say = await speaker('en');
    const k8s = iso('Kubernetes');
    expect(say({ kind: 'add_skill', skillId: 'kubernetes', required: true, minimum: 3 })).toBe(
      `Adding ${k8s} at 3/5 or above, backed by a project: the position requires it`,
    );
    expect(say({ kind: 'raise_proficiency', skillId: 'kubernetes', current: 2, minimum: 4 })).toBe(
      `Raising ${k8s} from 2/5 to the required 4/5`,
    );
    expect(say({ kind: 'set_goal', goal: 'role_family' })).toBe('Stating a target role');
    expect(say({ kind: 'set_goal', goal: 'level' })).toBe('Stating a target level');
    expect(say({ kind: 'set_goal', goal: 'open_to_work' })).toBe(
      'Switching on “Open to work” on the profile',
    );
    expect(say({ kind: 'set_goal', goal: 'relocate', country: 'AE' })).toBe(
      `Adding a country to work in: ${iso('الإمارات')}`,
    );
  });
});

describe('hard-filter rules', () => {
  const format = {
    country: (code: string) => ({ AE: 'الإمارات', IN: 'الهند', SA: 'السعودية' })[code] ?? code,
    list: (values: string[]) => values.join(' و'),
    usd: (amount: number) => `USD ${amount}`,
    percent: (share: number) => `${Math.round(share * 100)}%`,
  };

  it('name the places and amounts the rule compared, in Arabic', async () => {
    const t = await translator('ar');
    expect(
      exclusionRule(
        'location_not_eligible',
        { workplace: 'hybrid', countries: ['AE', 'SA'], home: 'IN' },
        format,
        t,
      ),
    ).toBe(
      'قاعدة الموقع: مقر هذه الوظيفة الهجينة في الإمارات والسعودية؛ وأنت تقيم في الهند ولم تذكر أنك مستعد للانتقال.',
    );
    expect(
      exclusionRule(
        'salary_above_band',
        { minimumPayUsd: 231000, salaryMaxUsd: 200000, tolerancePercent: 15, limitUsd: 230000 },
        format,
        t,
      ),
    ).toBe(
      'قاعدة الراتب: حدّك الأدنى USD 231000 يزيد على أقصى نطاق الراتب USD 200000 بأكثر من 15% (الحد USD 230000).',
    );
    expect(
      exclusionRule('remote_country_not_eligible', { remoteCountries: ['AE'], home: null }, format, t),
    ).toBe(
      'قاعدة بلد العمل عن بُعد: توظّف هذه الوظيفة عن بُعد المقيمين في الإمارات، وأنت تقيم في بلد لم تذكره.',
    );
  });

  it('word every known code in both languages, and leave unknown codes to the English message', async () => {
    for (const language of ['en', 'ar'] as const) {
      const t = await translator(language);
      for (const code of [
        'position_not_live',
        'candidate_hidden',
        'organisation_blocked',
        'visa_not_sponsored',
        'no_skill_overlap',
      ]) {
        const rule = exclusionRule(code, { workplace: 'onsite', countries: ['AE'], home: 'IN' }, format, t);
        expect(rule).not.toContain('matching.');
        expect(rule).not.toContain('{{');
      }
      expect(exclusionRule('some_new_filter', {}, format, t)).toBeNull();
    }
  });
});
