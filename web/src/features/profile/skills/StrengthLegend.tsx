import { useTranslation } from 'react-i18next';
import { EVIDENCE_ORDER } from '../../../../../src/core/profile/evidence.js';
import { StrengthBadge } from './StrengthBadge';

/** The one rule for evidence strength, shown once above the skills it applies to. */
export function StrengthLegend({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <div className="strength-legend" id={id}>
      <p className="strength-legend__title">{t('profile.skills.strength.legendTitle')}</p>
      <p className="strength-legend__rule">{t('profile.skills.strength.rule')}</p>
      <ol className="strength-legend__scale">
        {EVIDENCE_ORDER.map((strength) => (
          <li key={strength} className="strength-legend__step">
            <StrengthBadge strength={strength} />
            <span className="strength-legend__text">{t(`profile.skills.strength.explain.${strength}`)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
