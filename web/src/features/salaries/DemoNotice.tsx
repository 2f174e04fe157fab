import { useTranslation } from 'react-i18next';
import type { SourceCounts } from '../../api/salaries';
import { Badge } from '../../ui/Badge';
import { useSalaryFormat } from './useSalaryFormat';

/** Says so when the figures include generated demo records, so nobody negotiates with them. */
export function DemoNotice({ sources }: { sources: SourceCounts }) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  if (sources.demo <= 0) return null;
  return (
    <p className="salary-demo">
      <Badge tone="warning">{t('salaries.demo.badge')}</Badge>{' '}
      {t('salaries.demo.notice', { count: sources.demo, n: format.whole(sources.demo) })}
    </p>
  );
}
