import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Profile, type SkillsBody, skillsBodySchema } from '../../../../../src/contracts/profile.js';
import { saveSkills } from '../../../api/profile';
import type { SkillSummary } from '../../../api/skills';
import { checkContract } from '../../../lib/contractErrors';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { FormAlert } from '../../auth/FormAlert';
import { SECTION_ANCHORS } from '../sectionAnchors';
import { CustomSkillRow } from './CustomSkillRow';
import { SkillPicker } from './SkillPicker';
import { SkillRow } from './SkillRow';
import { StrengthLegend } from './StrengthLegend';
import {
  type CustomSkillDraft,
  DEFAULT_PROFICIENCY,
  draftsFromProfile,
  type SkillDraft,
  skillsBody,
} from './skillDraft';

interface SkillsCardProps {
  profile: Profile;
  onSaved: (profile: Profile) => void;
}

// Row-level problems (an unknown skill id, someone else's item) have no single control of their own.
const ROW_PATH = /^(skills|customSkills)\.\d+$/;

export function SkillsCard({ profile, onSaved }: SkillsCardProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const form = useFormSubmit({
    isShown: (field) => ROW_PATH.test(field) || Boolean(form.formRef.current?.elements.namedItem(field)),
  });
  const initial = useRef(draftsFromProfile(profile));
  const [skills, setSkills] = useState<SkillDraft[]>(initial.current.skills);
  const [custom, setCustom] = useState<CustomSkillDraft[]>(initial.current.custom);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [matching, setMatching] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const addedIds = new Set(skills.map((s) => s.skillId));

  const announce = (tone: 'success' | 'info', text: string, focus = false) => {
    setNotice({ tone, text });
    if (focus) window.setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const addSkill = (skill: SkillSummary, proficiency = DEFAULT_PROFICIENCY) => {
    setSkills((current) =>
      current.some((s) => s.skillId === skill.id)
        ? current
        : [
            ...current,
            {
              skillId: skill.id,
              name: skill.name,
              category: skill.category,
              proficiency,
              years: '',
              lastUsed: '',
              evidence: [],
            },
          ],
    );
  };

  const match = (draft: CustomSkillDraft, skill: SkillSummary) => {
    addSkill(skill, draft.proficiency);
    setCustom((current) => current.filter((c) => c.key !== draft.key));
    setMatching(null);
    announce('info', t('profile.skills.custom.matched', { custom: draft.name, skill: skill.name }), true);
  };

  const updateSkill = (skillId: string, patch: Partial<SkillDraft>) =>
    setSkills((current) => current.map((s) => (s.skillId === skillId ? { ...s, ...patch } : s)));

  const toggle = (skillId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(skillId)) next.delete(skillId);
      else next.add(skillId);
      return next;
    });

  const onSubmit = () => {
    setNotice(null);
    let body: SkillsBody | null = null;
    return form.submit(
      () => {
        const checked = checkContract(skillsBodySchema, skillsBody(skills, custom, profile.items), t);
        if (!checked.ok) return checked.errors;
        body = checked.data;
        return {};
      },
      async () => {
        if (!body) return;
        const saved = await saveSkills(body);
        const drafts = draftsFromProfile(saved);
        setSkills(drafts.skills);
        setCustom(drafts.custom);
        onSaved(saved);
        announce('success', t('profile.skills.saved'));
      },
    );
  };

  return (
    <Card
      id={SECTION_ANCHORS.skills}
      title={t('profile.skills.title')}
      description={t('profile.skills.description')}
      className="profile-section"
    >
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        {notice ? (
          <Alert tone={notice.tone} ref={noticeRef}>
            {notice.text}
          </Alert>
        ) : null}
        <StrengthLegend id={legendId} />
        <SkillPicker
          label={t('profile.skills.picker.label')}
          hint={t('profile.skills.picker.hint')}
          addedIds={addedIds}
          onPick={(skill) => {
            addSkill(skill);
            announce('info', t('profile.skills.added', { skill: skill.name }));
          }}
        />
        {skills.length === 0 ? (
          <p className="muted">{t('profile.skills.empty')}</p>
        ) : (
          <ul className="skill-list" aria-label={t('profile.skills.listLabel')}>
            {skills.map((skill, index) => (
              <SkillRow
                key={skill.skillId}
                index={index}
                skill={skill}
                items={profile.items}
                errors={form.fieldErrors}
                expanded={expanded.has(skill.skillId)}
                onToggle={() => toggle(skill.skillId)}
                onChange={(patch) => updateSkill(skill.skillId, patch)}
                onRemove={() => {
                  setSkills((current) => current.filter((s) => s.skillId !== skill.skillId));
                  announce('info', t('profile.skills.removed', { skill: skill.name }), true);
                }}
              />
            ))}
          </ul>
        )}
        {custom.length > 0 ? (
          <section className="custom-skills" aria-labelledby={`${legendId}-custom`}>
            <h3 id={`${legendId}-custom`} className="custom-skills__title">
              {t('profile.skills.custom.title')}
            </h3>
            <p className="custom-skills__intro">{t('profile.skills.custom.intro')}</p>
            <ul className="custom-skill-list">
              {custom.map((draft, index) => (
                <CustomSkillRow
                  key={draft.key}
                  index={index}
                  skill={draft}
                  errors={form.fieldErrors}
                  matching={matching === draft.key}
                  onProficiency={(proficiency) =>
                    setCustom((current) =>
                      current.map((c) => (c.key === draft.key ? { ...c, proficiency } : c)),
                    )
                  }
                  onStartMatch={() => setMatching(draft.key)}
                  onCancelMatch={() => setMatching(null)}
                  onMatch={(skill) => match(draft, skill)}
                  onRemove={() => {
                    setCustom((current) => current.filter((c) => c.key !== draft.key));
                    announce('info', t('profile.skills.removed', { skill: draft.name }), true);
                  }}
                />
              ))}
            </ul>
          </section>
        ) : null}
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('profile.skills.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
