import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../i18n/errors';
import { handleSubmit } from '../../lib/handleSubmit';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { JobCard } from './JobCard';
import { JobFilterPanel } from './JobFilterPanel';
import { filtersFromParams, type JobFilters, type JobSort, paramsFromFilters } from './jobQuery';
import { useJobResults } from './useJobResults';

const SORTS: readonly JobSort[] = ['relevance', 'date', 'salary'];

/** The public job list: search, filters and sort all live in the query string. */
export function JobsPage() {
  const { t } = useTranslation();
  usePageTitle(t('jobs.title'));
  const id = useId();
  const [params, setParams] = useSearchParams();
  // The URL is the record (shareable, reloadable, back and forward work); this copy updates at once,
  // so a ticked box shows ticked while the router applies the new URL.
  const [filters, setFilters] = useState(() => filtersFromParams(params));
  const query = params.toString();
  useEffect(() => {
    const fromUrl = filtersFromParams(new URLSearchParams(query));
    setFilters((current) =>
      paramsFromFilters(current).toString() === paramsFromFilters(fromUrl).toString() ? current : fromUrl,
    );
  }, [query]);
  const [q, setQ] = useState(filters.q);
  const { results, loadMore, retry } = useJobResults(filters);
  const [skillNames, setSkillNames] = useState<ReadonlyMap<string, string>>(new Map());
  const firstNew = useRef<number | null>(null);
  const titleLinks = useRef(new Map<number, HTMLAnchorElement>());

  useEffect(() => setQ(filters.q), [filters.q]);

  // Skills arriving in the URL are named from the results once they show up.
  useEffect(() => {
    const missing = results.positions
      .flatMap((p) => p.requiredSkills)
      .filter((s) => !skillNames.has(s.skillId));
    if (missing.length === 0) return;
    setSkillNames((names) => new Map([...names, ...missing.map((s) => [s.skillId, s.name] as const)]));
  }, [results.positions, skillNames]);

  // After "Load more", keyboard and screen-reader users continue at the first new result.
  useEffect(() => {
    if (results.status !== 'ready' || firstNew.current === null) return;
    titleLinks.current.get(firstNew.current)?.focus();
    firstNew.current = null;
  }, [results]);

  const apply = (next: JobFilters, push = false) => {
    setFilters(next);
    setParams(paramsFromFilters(next), { replace: !push, preventScrollReset: true });
  };

  let status = '';
  if (results.status === 'loading') status = t('jobs.results.loading');
  else if (results.status === 'ready' || results.status === 'loading_more')
    status =
      results.positions.length === 0
        ? t('jobs.results.none')
        : t('jobs.results.count', { count: results.positions.length });

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
        <section className="jobs-results" aria-labelledby={`${id}-results`}>
          <div className="jobs-results__bar">
            <div>
              <h2 id={`${id}-results`} className="jobs-results__title">
                {t('jobs.results.title')}
              </h2>
              <p className="jobs-results__status" role="status">
                {status}
              </p>
            </div>
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
          </div>
          {results.status === 'loading' ? <LoadingState label={t('jobs.results.loading')} /> : null}
          {results.status === 'error' ? (
            <Alert
              tone="danger"
              actions={
                <Button variant="secondary" size="sm" onClick={retry}>
                  {t('app.retry')}
                </Button>
              }
            >
              {errorMessage(results.error, t)}
            </Alert>
          ) : null}
          {results.status !== 'loading' && results.status !== 'error' ? (
            results.positions.length === 0 ? (
              <div className="card empty-state">
                <p>{t('jobs.results.emptyHint')}</p>
              </div>
            ) : (
              <ul className="job-list">
                {results.positions.map((job, index) => (
                  <li key={job.id}>
                    <JobCard
                      job={job}
                      titleRef={(element) => {
                        if (element) titleLinks.current.set(index, element);
                        else titleLinks.current.delete(index);
                      }}
                    />
                  </li>
                ))}
              </ul>
            )
          ) : null}
          {results.status !== 'loading' && results.status !== 'error' && results.error ? (
            <Alert tone="danger">{errorMessage(results.error, t)}</Alert>
          ) : null}
          {(results.status === 'ready' || results.status === 'loading_more') && results.nextCursor ? (
            <div className="jobs-results__more">
              <Button
                variant="secondary"
                pending={results.status === 'loading_more'}
                onClick={() => {
                  firstNew.current = results.positions.length;
                  loadMore();
                }}
              >
                {t('jobs.results.loadMore')}
              </Button>
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
