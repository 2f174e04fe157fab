import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../../i18n/errors';
import { Button } from '../../../../ui/Button';
import { ChipList } from '../../../profile/sections/ChipList';
import { ProficiencyField } from '../../../profile/skills/ProficiencyField';
import { SkillPicker } from '../../../profile/skills/SkillPicker';
import { isolate } from '../../isolate';
import { DEFAULT_MIN_PROFICIENCY, type RequiredSkillDraft, type SkillRef } from './positionDraft';
import { useSkillSuggestions } from './useSkillSuggestions';

interface SkillsSectionProps {
  required: RequiredSkillDraft[];
  niceToHave: SkillRef[];
  description: string;
  errors: FieldErrors;
  onRequired: (skills: RequiredSkillDraft[]) => void;
  onNiceToHave: (skills: SkillRef[]) => void;
}

const MAX_SKILLS = 40;

/** Required skills with a minimum level, nice-to-have skills, and suggestions read from the description. */
export function SkillsSection({
  required,
  niceToHave,
  description,
  errors,
  onRequired,
  onNiceToHave,
}: SkillsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const [announcement, setAnnouncement] = useState('');
  const suggestions = useSkillSuggestions(description);
  const chosen = new Set([...required.map((s) => s.skillId), ...niceToHave.map((s) => s.skillId)]);
  const offered = suggestions.skills.filter((s) => !chosen.has(s.skillId));

  const addRequired = (skill: SkillRef) => {
    if (chosen.has(skill.skillId) || required.length >= MAX_SKILLS) return;
    onRequired([...required, { ...skill, minProficiency: DEFAULT_MIN_PROFICIENCY }]);
    setAnnouncement(t('employer.editor.skills.addedRequired', { skill: isolate(skill.name) }));
  };
  const addNice = (skill: SkillRef) => {
    if (chosen.has(skill.skillId) || niceToHave.length >= MAX_SKILLS) return;
    onNiceToHave([...niceToHave, skill]);
    setAnnouncement(t('employer.editor.skills.addedNice', { skill: isolate(skill.name) }));
  };
  const niceErrors = Object.entries(errors).filter(([path]) => /^niceToHaveSkills(\.|$)/.test(path));

  return (
    <div className="stack stack--gap-6">
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <section className="suggestions" aria-labelledby={`${id}-suggested`}>
        <h3 id={`${id}-suggested`} className="subheading">
          {t('employer.editor.skills.suggested')}
        </h3>
        {offered.length === 0 ? (
          <p className="muted">
            {suggestions.loading
              ? t('employer.editor.skills.reading')
              : description.trim()
                ? t('employer.editor.skills.noSuggestions')
                : t('employer.editor.skills.suggestHint')}
          </p>
        ) : (
          <ul className="suggestion-list">
            {offered.map((skill) => (
              <li key={skill.skillId} className="suggestion">
                <span className="suggestion__name">{skill.name}</span>
                <span className="suggestion__actions">
                  <Button
                    size="sm"
                    variant="secondary"
                    aria-label={t('employer.editor.skills.addAsRequired', { skill: skill.name })}
                    onClick={() => addRequired({ skillId: skill.skillId, name: skill.name })}
                  >
                    {t('employer.editor.skills.required')}
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('employer.editor.skills.addAsNice', { skill: skill.name })}
                    onClick={() => addNice({ skillId: skill.skillId, name: skill.name })}
                  >
                    {t('employer.editor.skills.nice')}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <fieldset name="requiredSkills" className="subfields">
        <legend className="field__label">{t('employer.editor.skills.requiredTitle')}</legend>
        <p className="field__hint">{t('employer.editor.skills.requiredHint')}</p>
        {errors.requiredSkills ? <p className="field__error">{errors.requiredSkills}</p> : null}
        {required.length === 0 ? <p className="muted">{t('employer.editor.skills.noneRequired')}</p> : null}
        <ul className="skill-list" aria-label={t('employer.editor.skills.requiredTitle')}>
          {required.map((skill, index) => {
            const rowError = errors[`requiredSkills.${index}`];
            return (
              <li key={skill.skillId} className="skill-row">
                <fieldset name={`requiredSkills.${index}`} className="skill-row__group">
                  <legend className="skill-row__head">
                    <span className="skill-row__name">{skill.name}</span>
                  </legend>
                  <ProficiencyField
                    name={`requiredSkills.${index}.minProficiency`}
                    skillName={skill.name}
                    legend={t('employer.editor.skills.minProficiency')}
                    value={skill.minProficiency}
                    error={errors[`requiredSkills.${index}.minProficiency`]}
                    onChange={(minProficiency) =>
                      onRequired(
                        required.map((s) => (s.skillId === skill.skillId ? { ...s, minProficiency } : s)),
                      )
                    }
                  />
                  {rowError ? <p className="field__error">{rowError}</p> : null}
                  <div className="skill-row__actions">
                    <Button
                      variant="ghost"
                      size="sm"
                      aria-label={t('employer.editor.skills.moveToNiceLabel', { skill: skill.name })}
                      onClick={() => {
                        onRequired(required.filter((s) => s.skillId !== skill.skillId));
                        onNiceToHave([...niceToHave, { skillId: skill.skillId, name: skill.name }]);
                        setAnnouncement(t('employer.editor.skills.moved', { skill: isolate(skill.name) }));
                      }}
                    >
                      {t('employer.editor.skills.moveToNice')}
                    </Button>
                    <Button
                      variant="danger"
                      size="sm"
                      aria-label={t('employer.editor.skills.removeLabel', { skill: skill.name })}
                      onClick={() => {
                        onRequired(required.filter((s) => s.skillId !== skill.skillId));
                        setAnnouncement(t('employer.editor.skills.removed', { skill: isolate(skill.name) }));
                      }}
                    >
                      {t('profile.remove')}
                    </Button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ul>
        <SkillPicker
          label={t('employer.editor.skills.addRequired')}
          hint={t('profile.skills.picker.hint')}
          addedIds={chosen}
          addedLabel={t('employer.editor.skills.alreadyAdded')}
          onPick={(skill) => addRequired({ skillId: skill.id, name: skill.name })}
        />
      </fieldset>

      <fieldset name="niceToHaveSkills" className="subfields">
        <legend className="field__label">{t('employer.editor.skills.niceTitle')}</legend>
        <p className="field__hint">{t('employer.editor.skills.niceHint')}</p>
        {niceErrors.length > 0 ? (
          <ul className="field__error plain-list">
            {niceErrors.map(([path, message]) => {
              const index = Number(path.split('.')[1]);
              const name = Number.isInteger(index) ? niceToHave[index]?.name : undefined;
              return <li key={path}>{name ? `${name}: ${message}` : message}</li>;
            })}
          </ul>
        ) : null}
        {niceToHave.length === 0 ? <p className="muted">{t('employer.editor.skills.noneNice')}</p> : null}
        <ChipList
          label={t('employer.editor.skills.niceTitle')}
          chips={niceToHave.map((s) => ({ value: s.skillId, text: s.name }))}
          removeLabel={(skill) => t('employer.editor.skills.removeLabel', { skill })}
          onRemove={(skillId) => onNiceToHave(niceToHave.filter((s) => s.skillId !== skillId))}
        />
        <SkillPicker
          label={t('employer.editor.skills.addNice')}
          addedIds={chosen}
          addedLabel={t('employer.editor.skills.alreadyAdded')}
          onPick={(skill) => addNice({ skillId: skill.id, name: skill.name })}
        />
      </fieldset>
    </div>
  );
}
