import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchCandidateMatches, type RecordedAction } from '../../api/matching';
import { fetchPosition, type PositionStatus } from '../../api/positions';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ResultsSection } from '../../ui/ResultsSection';
import { isolate } from '../employer/isolate';
import { PositionHeader } from '../pipeline/PositionHeader';
import { CandidateMatchFilters } from './CandidateMatchFilters';
import { CandidateRow } from './CandidateRow';
import { DroppedSkills } from './DroppedSkills';
import { ExplanationDrawer } from './ExplanationDrawer';
import {
  candidateMatchFiltersFromParams,
  EMPTY_CANDIDATE_MATCH_FILTERS,
  type CandidateMatchFilters as Filters,
  filterCount,
  paramsFromCandidateMatchFilters,
} from './matchQuery';
import { useHiddenDismissed } from './useHiddenDismissed';
import { PAGE_SIZE, useRankedPages } from './useRankedPages';
import { useRefusedSkills } from './useRefusedSkills';

/** Why a position that is not open has no ranking (drafts and positions in review: not yet open). */
function notRanked(status: PositionStatus) {
  if (status === 'closed') return 'matching.candidates.closed' as const;
  if (status === 'paused') return 'matching.candidates.paused' as const;
  return 'matching.candidates.notOpen' as const;
}

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
      <PositionHeader
        id={id}
        position={position}
        eyebrow={(organisation) => t('matching.candidates.eyebrow', { organisation })}
        intro={t('matching.candidates.intro')}
      >
        {(data) =>
          // Only open positions are ranked: any other shows why, and no list or filters.
          data.status === 'open' ? (
            <RankedCandidates positionId={data.id} />
          ) : (
            <Alert tone="info" className="page__banner">
              {t(notRanked(data.status))}
            </Alert>
          )
        }
      </PositionHeader>
    </div>
  );
}

function RankedCandidates({ positionId }: { positionId: string }) {
  const { t } = useTranslation();
  const [filters, applyFilters] = useUrlFilters(
    candidateMatchFiltersFromParams,
    paramsFromCandidateMatchFilters,
  );
  const query = `${positionId}?${paramsFromCandidateMatchFilters(filters)}`;
  const fetchPage = useCallback(
    (offset: number) =>
      fetchCandidateMatches(positionId, {
        limit: PAGE_SIZE,
        offset,
        country: filters.country,
        level: filters.level,
        skills: filters.skills,
        ...(filters.minScore === null ? {} : { minScore: filters.minScore }),
      }),
    [positionId, filters],
  );
  const { pages, loadMore, retry, update } = useRankedPages(query, fetchPage);
  const [openId, setOpenId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const refused = useRefusedSkills(pages.error, filters.skills, (skills) =>
    applyFilters({ ...filters, skills }),
  );

  const dismissed = useHiddenDismissed(pages.items);

  const apply = (next: Filters) => {
    setOpenId(null);
    refused.forget();
    dismissed.reset();
    applyFilters(next);
  };

  const recorded = (candidateId: string, action: RecordedAction, who: string) => {
    if (action.action === 'dismiss') dismissed.keep(candidateId);
    update((item) => (item.candidate.candidateId === candidateId ? { ...item, action } : item));
    setAnnouncement(t(`matching.actions.announce.${action.action}`, { name: isolate(who) }));
  };

  const openIndex = pages.items.findIndex((item) => item.candidate.candidateId === openId);

  return (
    <div className="jobs-layout">
      <CandidateMatchFilters filters={filters} onChange={apply} />
      <ResultsSection
        title={t('matching.candidates.listTitle')}
        labels={{
          loading: t('matching.candidates.loading'),
          none: t('matching.candidates.none'),
          count: (count) => t('matching.candidates.count', { count }),
          loadMore: t('matching.candidates.loadMore'),
        }}
        results={refused.shown({ ...pages, items: dismissed.shown, hasMore: pages.nextOffset !== null })}
        actions={
          dismissed.dismissedCount > 0 ? (
            <Button variant="secondary" size="sm" onClick={dismissed.toggle}>
              {dismissed.showing
                ? t('matching.candidates.hideDismissed', { count: dismissed.dismissedCount })
                : t('matching.candidates.showDismissed', { count: dismissed.dismissedCount })}
            </Button>
          ) : null
        }
        onRetry={retry}
        onLoadMore={loadMore}
        intro={
          <>
            {/* One polite region for the outcome of any row's action, so rows need no live regions of their own. */}
            <p className="visually-hidden" role="status">
              {announcement}
            </p>
            <DroppedSkills skills={refused.dropped} />
          </>
        }
        empty={
          <div className="card empty-state">
            <p>
              {dismissed.dismissedCount > 0
                ? t('matching.candidates.allDismissed')
                : filterCount(filters) > 0
                  ? t('matching.candidates.emptyFiltered')
                  : t('matching.candidates.empty')}
            </p>
            {filterCount(filters) > 0 ? (
              <Button variant="secondary" size="sm" onClick={() => apply(EMPTY_CANDIDATE_MATCH_FILTERS)}>
                {t('jobs.filters.clear')}
              </Button>
            ) : null}
          </div>
        }
        list={{ ordered: true, className: 'candidate-list' }}
        itemKey={(item) => item.candidate.candidateId}
        renderItem={(item, _index, focusRef) => (
          <CandidateRow
            positionId={positionId}
            item={item}
            rank={dismissed.rankOf(item.candidate.candidateId)}
            onOpen={setOpenId}
            onRecorded={recorded}
            buttonRef={focusRef}
          />
        )}
      />
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
