import { useTranslation } from 'react-i18next';
import type { ProfileItem } from '../../../../../src/contracts/profile.js';
import { CheckboxField } from '../../../ui/CheckboxField';
import { itemTitle } from '../items/itemText';

interface EvidenceFieldProps {
  name: string;
  skillName: string;
  items: ProfileItem[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** The candidate's projects, roles, certifications and papers that show a skill in use. */
export function EvidenceField({ name, skillName, items, value, onChange, error }: EvidenceFieldProps) {
  const { t } = useTranslation();
  const chosen = new Set(value);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((existing) => existing !== id));
  return (
    <fieldset className="evidence">
      <legend className="field__label">
        {t('profile.skills.evidence.legend')}
        <span className="visually-hidden"> {t('profile.skills.evidence.for', { skill: skillName })}</span>
      </legend>
      {items.length === 0 ? (
        <p className="field__hint">
          {t('profile.skills.evidence.none')} <a href="#projects">{t('profile.skills.evidence.addItems')}</a>
        </p>
      ) : (
        <div className="evidence__options">
          {items.map((item) => (
            <CheckboxField
              key={item.id}
              name={name}
              value={item.id}
              checked={chosen.has(item.id)}
              onChange={(e) => toggle(item.id, e.target.checked)}
              label={t('profile.skills.evidence.item', {
                kind: t(`profile.items.${item.kind}.singular`),
                title: itemTitle(item),
              })}
            />
          ))}
        </div>
      )}
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
