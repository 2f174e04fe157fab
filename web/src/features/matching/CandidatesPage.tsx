import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { fetchCandidateMatches, type RecordedAction } from '../../api/matching';
import { fetchPosition } from '../../api/positions';
import { errorMessage } from '../../i18n/errors';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ArrowIcon } from '../../ui/icons';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { isolate } from '../employer/isolate';
import { STATUS_TONES } from '../employer/positions/lifecycle';
import { CandidateMatchFilters } from './CandidateMatchFilters';
import { CandidateRow } from './CandidateRow';
import { ExplanationDrawer } from './ExplanationDrawer';
import {
  candidateMatchFiltersFromParams,
  EMPTY_CANDIDATE_MATCH_FILTERS,
  type CandidateMatchFilters as Filters,
  filterCount,
  paramsFromCandidateMatchFilters,
} from './matchQuery';
import { PAGE_SIZE, useRankedPages } from './useRankedPages';

/** /positions/:id/candidates: the position's candidates, best match first, for its organisation's members. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loadPosition = useCallback(() => fetchPosition(id), [id]);
  const position = useLoad(loadPosition);
  usePageTitle(
    position.data
      ? t('matching.candidates.pageTitle', { title: position.data.title })
      : t('matching.candidates.title'),
  );

  return (
    <div className="container page">
      {position.data ? (
        <p className="back-link">
          <Link to={`/positions/${encodeURIComponent(id)}/edit`}>
            <ArrowIcon className="icon-back" />
            {t('matching.candidates.back', { title: isolate(position.data.title) })}
          </Link>
        </p>
      ) : null}
      <LoadBoundary state={position}>
        {(data) => (
          <>
            <PageHeader
              eyebrow={t('matching.candidates.eyebrow', { organisation: data.organisation.name })}
              title={data.title}
              description={t('matching.candidates.intro')}
              actions={
                <Badge tone={STATUS_TONES[data.status]}>
                  {t(`employer.positions.status.${data.status}`)}
                </Badge>
              }
            />
            {data.status === 'open' ? null : (
              <Alert tone="info" className="page__banner">
                {t('matching.candidates.notOpen')}
              </Alert>
            )}
            <RankedCandidates positionId={data.id} />
          </>
        )}
      </LoadBoundary>
    </div>
  );
}

function RankedCandidates({ positionId }: { positionId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState(() => candidateMatchFiltersFromParams(params));
  const urlQuery = params.toString();
  useEffect(() => {
    const fromUrl = candidateMatchFiltersFromParams(new URLSearchParams(urlQuery));
    setFilters((current) =>
      paramsFromCandidateMatchFilters(current).toString() ===
      paramsFromCandidateMatchFilters(fromUrl).toString()
        ? current
        : fromUrl,
    );
  }, [urlQuery]);
  const query = `${positionId}?${paramsFromCandidateMatchFilters(filters)}`;
  const fetchPage = useCallback(
    (offset: number) =>
      fetchCandidateMatches(positionId, {
        limit: PAGE_SIZE,
        offset,
        country: filters.country,
        level: filters.level,
        ...(filters.minScore === null ? {} : { minScore: filters.minScore }),
      }),
    [positionId, filters],
  );
  const { pages, loadMore, retry, update } = useRankedPages(query, fetchPage);
  const [openId, setOpenId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const firstNew = useRef<number | null>(null);
  const rowButtons = useRef(new Map<number, HTMLButtonElement>());

  useEffect(() => {
    if (pages.status !== 'ready' || firstNew.current === null) return;
    rowButtons.current.get(firstNew.current)?.focus();
    firstNew.current = null;
  }, [pages]);

  const apply = (next: Filters) => {
    setFilters(next);
    setOpenId(null);
    setParams(paramsFromCandidateMatchFilters(next), { replace: true, preventScrollReset: true });
  };

  const recorded = (candidateId: string, action: RecordedAction, who: string) => {
    update((item) => (item.candidate.candidateId === candidateId ? { ...item, action } : item));
    setAnnouncement(t(`matching.actions.announce.${action.action}`, { name: isolate(who) }));
  };

  const shown = pages.status === 'ready' || pages.status === 'loading_more';
  const openIndex = pages.items.findIndex((item) => item.candidate.candidateId === openId);
  let status = '';
  if (pages.status === 'loading') status = t('matching.candidates.loading');
  else if (shown)
    status =
      pages.items.length === 0
        ? t('matching.candidates.none')
        : t('matching.candidates.count', { count: pages.items.length });

  return (
    <div className="jobs-layout">
      <CandidateMatchFilters filters={filters} onChange={apply} />
      <section className="jobs-results" aria-labelledby={`${id}-title`}>
        <div className="jobs-results__bar">
          <div>
            <h2 id={`${id}-title`} className="jobs-results__title">
              {t('matching.candidates.listTitle')}
            </h2>
            <p className="jobs-results__status" role="status">
              {status}
            </p>
          </div>
        </div>
        {/* One polite region for the outcome of any row's action, so rows need no live regions of their own. */}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        {pages.status === 'loading' ? <LoadingState label={t('matching.candidates.loading')} /> : null}
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
          <div className="card empty-state">
            <p>
              {filterCount(filters) > 0
                ? t('matching.candidates.emptyFiltered')
                : t('matching.candidates.empty')}
            </p>
            {filterCount(filters) > 0 ? (
              <Button variant="secondary" size="sm" onClick={() => apply(EMPTY_CANDIDATE_MATCH_FILTERS)}>
                {t('jobs.filters.clear')}
              </Button>
            ) : null}
          </div>
        ) : null}
        {shown && pages.items.length > 0 ? (
          <ol className="candidate-list">
            {pages.items.map((item, index) => (
              <li key={item.candidate.candidateId}>
                <CandidateRow
                  positionId={positionId}
                  item={item}
                  rank={index + 1}
                  onOpen={setOpenId}
                  onRecorded={recorded}
                  buttonRef={(element) => {
                    if (element) rowButtons.current.set(index, element);
                    else rowButtons.current.delete(index);
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
              {t('matching.candidates.loadMore')}
            </Button>
          </div>
        ) : null}
      </section>
      <ExplanationDrawer
        positionId={positionId}
        item={pages.items[openIndex] ?? null}
        rank={openIndex + 1}
        onClose={() => setOpenId(null)}
        onRecorded={recorded}
      />
    </div>
  );
}
