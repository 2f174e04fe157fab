import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ApiError } from '../../api/errors';
import {
  explainMatch,
  fetchOpenPosition,
  type MatchExclusion,
  type MatchResultView,
} from '../../api/matching';
import { errorMessage } from '../../i18n/errors';
import { useFormatters } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ButtonLink } from '../../ui/ButtonLink';
import { ArrowIcon } from '../../ui/icons';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useSalaryFormat } from '../salaries/useSalaryFormat';
import type { ExplainState } from './explainState';
import { MatchExplanation } from './MatchExplanation';
import { isPositionId } from './matchQuery';
import { exclusionRule, exclusionText } from './matchText';
import { WhyNotForm } from './WhyNotForm';

interface Answer {
  position: ExplainState['position'] | null;
  result: MatchResultView;
}

/** /matches/explain?positionId=… or ?job=<slug>: the candidate's own match with one position, or why there is none. */
export function WhyNotPage() {
  const { t } = useTranslation();
  usePageTitle(t('matching.whyNot.title'));
  const [params] = useSearchParams();
  const location = useLocation();
  const state = (location.state ?? null) as ExplainState | null;
  const positionId = params.get('positionId') ?? '';
  const job = params.get('job') ?? '';
  const known = state?.position?.id === positionId ? state.position : null;

  const load = useCallback(async (): Promise<Answer | null> => {
    if (job) {
      const position = await fetchOpenPosition(job);
      return { position, result: await explainMatch(position.id) };
    }
    if (!isPositionId(positionId)) return null;
    // Opened from a link or a bookmark (no match card passed the position along): the public
    // view names it. A position no longer open has none, and the answer says why without it.
    const [position, result] = await Promise.all([
      known ?? fetchOpenPosition(positionId).catch(() => null),
      explainMatch(positionId),
    ]);
    return { position, result };
  }, [job, positionId, known]);
  const answer = useLoad(load);
  const asked = Boolean(positionId || job);

  return (
    <div className="container page narrow-wide">
      <p className="back-link">
        <Link to="/matches">
          <ArrowIcon className="icon-back" />
          {t('matching.whyNot.back')}
        </Link>
      </p>
      <PageHeader
        eyebrow={t('matching.eyebrow')}
        title={t('matching.whyNot.title')}
        description={t('matching.whyNot.intro')}
      />
      <div className="card why-not-card">
        <WhyNotForm initial={job || positionId} />
      </div>
      {asked && !job && !isPositionId(positionId) ? (
        <Alert tone="warning">{t('matching.whyNot.invalid')}</Alert>
      ) : null}
      {asked && (job || isPositionId(positionId)) ? (
        <AnswerView state={answer} focusOnReady={state?.asked === true} />
      ) : null}
    </div>
  );
}

function AnswerView({
  state,
  focusOnReady,
}: {
  state: ReturnType<typeof useLoad<Answer | null>>;
  focusOnReady: boolean;
}) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <LoadingState label={t('matching.whyNot.loading')} />;
  if (state.status === 'error') {
    const missing = state.error instanceof ApiError && state.error.status === 404;
    return (
      <Alert
        tone={missing ? 'warning' : 'danger'}
        actions={
          missing ? null : (
            <Button variant="secondary" size="sm" onClick={state.reload}>
              {t('app.retry')}
            </Button>
          )
        }
      >
        {missing ? t('matching.whyNot.notFound') : errorMessage(state.error, t)}
      </Alert>
    );
  }
  if (!state.data) return null;
  return <AnswerResult answer={state.data} focusOnReady={focusOnReady} />;
}

function AnswerResult({ answer, focusOnReady }: { answer: Answer; focusOnReady: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { position, result } = answer;

  // After "Explain" the answer replaces the page below the form; keyboard and screen-reader users go to it.
  useEffect(() => {
    if (focusOnReady) heading.current?.focus();
  }, [focusOnReady]);

  const title = position ? position.title : t('matching.whyNot.thisPosition');
  return (
    <section className="why-not-answer" aria-labelledby={`${id}-title`}>
      <div className="why-not-answer__head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="why-not-answer__title" dir="auto">
          {position ? (
            <a href={`/jobs/${encodeURIComponent(position.slug)}${i18n.language === 'ar' ? '?lang=ar' : ''}`}>
              {title}
            </a>
          ) : (
            title
          )}
        </h2>
        {position ? (
          <p className="job-card__org" dir="auto">
            {position.organisation.name}
          </p>
        ) : null}
      </div>
      {result.excluded === null ? (
        <>
          <Alert tone="success">{t('matching.whyNot.matched')}</Alert>
          <div className="card">
            <MatchExplanation match={result} audience="candidate" headingLevel={3} />
          </div>
        </>
      ) : (
        <Exclusion {...result.excluded} />
      )}
    </section>
  );
}

function Exclusion({ code, message, particulars }: MatchExclusion) {
  const { t } = useTranslation();
  const { country, list } = useFormatters();
  const { money, percent } = useSalaryFormat();
  const { sentence, fix } = exclusionText(code, t);
  const rule = exclusionRule(code, particulars, { country, list, usd: (v) => money(v, 'USD'), percent }, t);
  return (
    <Alert
      tone="warning"
      title={t('matching.whyNot.excludedTitle')}
      actions={
        fix ? (
          <ButtonLink to={fix} size="sm" variant="secondary">
            {t('matching.whyNot.fix')}
          </ButtonLink>
        ) : null
      }
    >
      <p>{sentence}</p>
      <details className="why-not-rule">
        <summary>{t('matching.whyNot.rule')}</summary>
        {/* A code this interface does not know yet: the server's English wording. */}
        {rule === null ? (
          <p lang="en" dir="ltr">
            {message}
          </p>
        ) : (
          <p>{rule}</p>
        )}
      </details>
    </Alert>
  );
}
