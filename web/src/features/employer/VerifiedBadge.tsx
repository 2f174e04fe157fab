import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { ShieldIcon } from '../../ui/icons';

/** Whether both checks passed: the domain is proven and an administrator approved the registration. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? (
    <Badge tone="success">
      <ShieldIcon />
      {t('employer.status.verified')}
    </Badge>
  ) : (
    <Badge tone="warning">{t('employer.status.notVerified')}</Badge>
  );
}
