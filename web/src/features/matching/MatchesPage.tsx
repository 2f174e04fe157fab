import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchJobMatches } from '../../api/matching';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { JobMatchFilters } from './JobMatchFilters';
import { MatchCard } from './MatchCard';
import {
  EMPTY_JOB_MATCH_FILTERS,
  type JobMatchFilters as Filters,
  filterCount,
  jobMatchFiltersFromParams,
  paramsFromJobMatchFilters,
} from './matchQuery';
import { NoMatches } from './NoMatches';
import { PAGE_SIZE, useRankedPages } from './useRankedPages';
import { WhyNotForm } from './WhyNotForm';

/** /matches: open positions ranked for the signed-in candidate, each score explained. */
export function MatchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('matching.title'));
  const id = useId();
  const [params, setParams] = useSearchParams();
  // The URL is the record; this copy updates at once so a ticked box shows ticked straight away.
  const [filters, setFilters] = useState(() => jobMatchFiltersFromParams(params));
  const query = paramsFromJobMatchFilters(filters).toString();
  const urlQuery = params.toString();
  useEffect(() => {
    const fromUrl = jobMatchFiltersFromParams(new URLSearchParams(urlQuery));
    setFilters((current) =>
      paramsFromJobMatchFilters(current).toString() === paramsFromJobMatchFilters(fromUrl).toString()
        ? current
        : fromUrl,
    );
  }, [urlQuery]);

  const fetchPage = useCallback(
    (offset: number) => fetchJobMatches({ limit: PAGE_SIZE, offset, ...filters }),
    [filters],
  );
  const { pages, loadMore, retry } = useRankedPages(query, fetchPage);
  const firstNew = useRef<number | null>(null);
  const titleLinks = useRef(new Map<number, HTMLAnchorElement>());

  // After "Load more", keyboard and screen-reader users continue at the first new match.
  useEffect(() => {
    if (pages.status !== 'ready' || firstNew.current === null) return;
    titleLinks.current.get(firstNew.current)?.focus();
    firstNew.current = null;
  }, [pages]);

  const apply = (next: Filters) => {
    setFilters(next);
    setParams(paramsFromJobMatchFilters(next), { replace: true, preventScrollReset: true });
  };

  const shown = pages.status === 'ready' || pages.status === 'loading_more';
  let status = '';
  if (pages.status === 'loading') status = t('matching.results.loading');
  else if (shown)
    status =
      pages.items.length === 0
        ? t('matching.results.none')
        : t('matching.results.count', { count: pages.items.length });

  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('matching.eyebrow')}
        title={t('matching.title')}
        description={t('matching.intro')}
      />
      <div className="jobs-layout matches-layout">
        <JobMatchFilters filters={filters} onChange={apply} />
        <section className="jobs-results" aria-labelledby={`${id}-results`}>
          <div className="jobs-results__bar">
            <div>
              <h2 id={`${id}-results`} className="jobs-results__title">
                {t('matching.results.title')}
              </h2>
              <p className="jobs-results__status" role="status">
                {status}
              </p>
            </div>
          </div>
          {pages.status === 'loading' ? <LoadingState label={t('matching.results.loading')} /> : null}
          {pages.status === 'error' ? (
            <Alert
              tone="danger"
              actions={
                <Button variant="secondary" size="sm" onClick={retry}>
                  {t('app.retry')}
                </Button>
              }
            >
              {errorMessage(pages.error, t)}
            </Alert>
          ) : null}
          {shown && pages.items.length === 0 ? (
            <NoMatches filtered={filterCount(filters) > 0} onClear={() => apply(EMPTY_JOB_MATCH_FILTERS)} />
          ) : null}
          {shown && pages.items.length > 0 ? (
            <ol className="job-list match-list">
              {pages.items.map((item, index) => (
                <li key={item.position.id}>
                  <MatchCard
                    item={item}
                    titleRef={(element) => {
                      if (element) titleLinks.current.set(index, element);
                      else titleLinks.current.delete(index);
                    }}
                  />
                </li>
              ))}
            </ol>
          ) : null}
          {shown && pages.error ? <Alert tone="danger">{errorMessage(pages.error, t)}</Alert> : null}
          {shown && pages.nextOffset !== null ? (
            <div className="jobs-results__more">
              <Button
                variant="secondary"
                pending={pages.status === 'loading_more'}
                onClick={() => {
                  firstNew.current = pages.items.length;
                  loadMore();
                }}
              >
                {t('matching.results.loadMore')}
              </Button>
            </div>
          ) : null}
        </section>
        {/* Under the filters on wide screens; after the results on phones, so matches come first. */}
        <section className="why-not-box" aria-labelledby={`${id}-why`}>
          <h2 id={`${id}-why`} className="why-not-box__title">
            {t('matching.whyNot.boxTitle')}
          </h2>
          <p className="why-not-box__intro">{t('matching.whyNot.boxIntro')}</p>
          <WhyNotForm compact />
        </section>
      </div>
    </div>
  );
}
