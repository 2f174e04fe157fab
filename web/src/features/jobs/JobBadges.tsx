import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { CheckIcon, ShieldIcon } from '../../ui/icons';

interface JobBadgesProps {
  verifiedEmployer: boolean;
  verifiedFunded: boolean;
  taxFree: boolean;
  visaSponsorship: boolean;
}

/** The trust badges a position has earned, and the package facts people filter on. */
export function JobBadges({ verifiedEmployer, verifiedFunded, taxFree, visaSponsorship }: JobBadgesProps) {
  const { t } = useTranslation();
  const badges = [
    verifiedEmployer && (
      <Badge tone="success">
        <ShieldIcon />
        {t('jobs.badges.verifiedEmployer')}
      </Badge>
    ),
    verifiedFunded && (
      <Badge tone="success">
        <CheckIcon />
        {t('jobs.badges.verifiedFunded')}
      </Badge>
    ),
    taxFree && <Badge tone="accent">{t('jobs.badges.taxFree')}</Badge>,
    visaSponsorship && <Badge tone="info">{t('jobs.badges.visa')}</Badge>,
  ].filter(Boolean);
  if (badges.length === 0) return null;
  return (
    <ul className="badge-list" aria-label={t('jobs.badges.label')}>
      {badges.map((badge, index) => (
        // The list is rebuilt from the same four flags in the same order every render.
        // biome-ignore lint/suspicious/noArrayIndexKey: order and identity are fixed.
        <li key={index}>{badge}</li>
      ))}
    </ul>
  );
}
