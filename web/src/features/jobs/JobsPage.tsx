import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth-context';
import { handleSubmit } from '../../lib/handleSubmit';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { ResultsSection } from '../../ui/ResultsSection';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ApplyButton } from '../applications/ApplyButton';
import { JobCard } from './JobCard';
import { JobFilterPanel } from './JobFilterPanel';
import { filtersFromParams, type JobSort, paramsFromFilters } from './jobQuery';
import { useJobResults } from './useJobResults';

const SORTS: readonly JobSort[] = ['relevance', 'date', 'salary'];

/** The public job list: search, filters and sort all live in the query string. */
export function JobsPage() {
  const { t } = useTranslation();
  const candidate = useAuth().user?.accountType === 'candidate';
  usePageTitle(t('jobs.title'));
  const [filters, apply] = useUrlFilters(filtersFromParams, paramsFromFilters);
  const [q, setQ] = useState(filters.q);
  const { results, loadMore, retry } = useJobResults(filters);
  const [skillNames, setSkillNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => setQ(filters.q), [filters.q]);

  // Skills arriving in the URL are named from the results once they show up.
  useEffect(() => {
    const missing = results.positions
      .flatMap((p) => p.requiredSkills)
      .filter((s) => !skillNames.has(s.skillId));
    if (missing.length === 0) return;
    setSkillNames((names) => new Map([...names, ...missing.map((s) => [s.skillId, s.name] as const)]));
  }, [results.positions, skillNames]);

  return (
    <div className="container page">
      <PageHeader eyebrow={t('jobs.eyebrow')} title={t('jobs.title')} description={t('jobs.intro')} />
      <search aria-label={t('jobs.search.label')}>
        <form
          className="job-search"
          onSubmit={handleSubmit(async () => apply({ ...filters, q: q.trim() }, true))}
        >
          <TextField
            label={t('jobs.search.field')}
            name="q"
            type="search"
            dir="auto"
            maxLength={200}
            placeholder={t('jobs.search.placeholder')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Button type="submit">{t('jobs.search.submit')}</Button>
        </form>
      </search>
      <div className="jobs-layout">
        <JobFilterPanel
          filters={filters}
          onChange={(next) => apply({ ...next, q: q.trim() })}
          skillNames={skillNames}
          onSkillName={(skillId, name) => setSkillNames((names) => new Map([...names, [skillId, name]]))}
        />
        <ResultsSection
          title={t('jobs.results.title')}
          labels={{
            loading: t('jobs.results.loading'),
            none: t('jobs.results.none'),
            count: (count) => t('jobs.results.count', { count }),
            loadMore: t('jobs.results.loadMore'),
          }}
          results={{
            status: results.status,
            items: results.positions,
            error: results.error,
            hasMore: Boolean(results.nextCursor),
          }}
          onRetry={retry}
          onLoadMore={loadMore}
          actions={
            <SelectField
              label={t('jobs.sort.label')}
              name="sort"
              value={filters.sort}
              onChange={(e) =>
                apply({ ...filters, sort: SORTS.find((s) => s === e.target.value) ?? 'relevance' })
              }
            >
              {SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`jobs.sort.${sort}`)}
                </option>
              ))}
            </SelectField>
          }
          empty={
            <div className="card empty-state">
              <p>{t('jobs.results.emptyHint')}</p>
            </div>
          }
          list={{ ordered: false, className: 'job-list' }}
          itemKey={(job) => job.id}
          renderItem={(job, _index, focusRef) => (
            <JobCard
              job={job}
              titleRef={focusRef}
              action={candidate ? <ApplyButton positionId={job.id} title={job.title} /> : null}
            />
          )}
        />
      </div>
    </div>
  );
}
