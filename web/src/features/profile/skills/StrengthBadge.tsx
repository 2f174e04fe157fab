import { useTranslation } from 'react-i18next';
import type { EvidenceStrength } from '../../../../../src/contracts/profile.js';
import { Badge } from '../../../ui/Badge';

const TONE = {
  claimed: 'neutral',
  used_in_project: 'info',
  measured_project: 'accent',
  certified_or_published: 'success',
} as const;

/** How well a skill is backed; the legend in the skills card explains the scale. */
export function StrengthBadge({ strength }: { strength: EvidenceStrength }) {
  const { t } = useTranslation();
  return (
    <Badge tone={TONE[strength]}>
      <span className="visually-hidden">{t('profile.skills.strength.prefix')} </span>
      {t(`profile.skills.strength.levels.${strength}`)}
    </Badge>
  );
}
