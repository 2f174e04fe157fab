import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { isolate } from '../employer/isolate';

/** Says which skills of a link's filter were dropped because the taxonomy has no such skill. */
export function DroppedSkills({ skills }: { skills: readonly string[] }) {
  const { t } = useTranslation();
  const { list } = useFormatters();
  if (skills.length === 0) return null;
  return (
    <Alert tone="info">{t('matching.filters.skillsDropped', { skills: list(skills.map(isolate)) })}</Alert>
  );
}
