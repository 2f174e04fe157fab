import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CareerStepSummary } from '../../api/career';

/** The Salaries page's URL with the step's role family and level filters set (its filters live in the URL). */
export function salaryBenchmarkHref(link: CareerStepSummary['salaryBenchmark']): string {
  const params = new URLSearchParams({ roleFamily: link.roleFamily, level: link.level });
  return `/salaries?${params.toString()}`;
}

/** "Salary benchmark: ML engineer, Senior", opening the Salaries page on that slice. */
export function SalaryBenchmarkLink({ link }: { link: CareerStepSummary['salaryBenchmark'] }) {
  const { t } = useTranslation();
  return (
    <Link className="career-salary-link" to={salaryBenchmarkHref(link)}>
      {t('career.salaryLink', {
        roleFamily: t(`salaries.roleFamilies.${link.roleFamily}`),
        level: t(`profile.levels.${link.level}`),
      })}
    </Link>
  );
}
