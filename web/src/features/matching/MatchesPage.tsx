import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchJobMatches } from '../../api/matching';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { PageHeader } from '../../ui/PageHeader';
import { ResultsSection } from '../../ui/ResultsSection';
import { DroppedSkills } from './DroppedSkills';
import { JobMatchFilters } from './JobMatchFilters';
import { MatchCard } from './MatchCard';
import {
  EMPTY_JOB_MATCH_FILTERS,
  filterCount,
  jobMatchFiltersFromParams,
  paramsFromJobMatchFilters,
} from './matchQuery';
import { NoMatches } from './NoMatches';
import { PAGE_SIZE, useRankedPages } from './useRankedPages';
import { useRefusedSkills } from './useRefusedSkills';
import { WhyNotForm } from './WhyNotForm';

/** /matches: open positions ranked for the signed-in candidate, each score explained. */
export function MatchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('matching.title'));
  const id = useId();
  const [filters, applyFilters] = useUrlFilters(jobMatchFiltersFromParams, paramsFromJobMatchFilters);
  const query = paramsFromJobMatchFilters(filters).toString();

  const fetchPage = useCallback(
    (offset: number) => fetchJobMatches({ limit: PAGE_SIZE, offset, ...filters }),
    [filters],
  );
  const { pages, loadMore, retry } = useRankedPages(query, fetchPage);
  const refused = useRefusedSkills(pages.error, filters.skills, (skills) =>
    applyFilters({ ...filters, skills }),
  );
  const apply = (next: typeof filters) => {
    refused.forget();
    applyFilters(next);
  };

  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('matching.eyebrow')}
        title={t('matching.title')}
        description={t('matching.intro')}
      />
      <div className="jobs-layout matches-layout">
        <JobMatchFilters filters={filters} onChange={apply} />
        <ResultsSection
          title={t('matching.results.title')}
          labels={{
            loading: t('matching.results.loading'),
            none: t('matching.results.none'),
            count: (count) => t('matching.results.count', { count }),
            loadMore: t('matching.results.loadMore'),
          }}
          results={refused.shown({ ...pages, hasMore: pages.nextOffset !== null })}
          onRetry={retry}
          onLoadMore={loadMore}
          intro={<DroppedSkills skills={refused.dropped} />}
          empty={
            <NoMatches filtered={filterCount(filters) > 0} onClear={() => apply(EMPTY_JOB_MATCH_FILTERS)} />
          }
          list={{ ordered: true, className: 'job-list match-list' }}
          itemKey={(item) => item.position.id}
          renderItem={(item, _index, focusRef) => <MatchCard item={item} titleRef={focusRef} />}
        />
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
