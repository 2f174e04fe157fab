import { useTranslation } from 'react-i18next';
import type { CareerPageResponse, CareerStepSummary } from '../../api/career';
import { cx } from '../../lib/cx';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { SalaryBenchmarkLink } from './SalaryBenchmarkLink';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

function Step({
  step,
  here,
  target,
  reached,
}: {
  step: CareerStepSummary;
  here: boolean;
  target: boolean;
  reached: boolean;
}) {
  const { t } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  return (
    <li
      className={cx(
        'career-step',
        here && 'career-step--here',
        target && 'career-step--target',
        reached && 'career-step--reached',
      )}
      aria-current={here ? 'step' : undefined}
    >
      <span className="career-step__marker" aria-hidden="true" />
      <div className="career-step__body">
        <p className="career-step__kind">
          {text.targetName(step.id)}
          {step.kind === 'stage' ? (
            <span className="career-step__years">
              {' · '}
              {t('career.ladder.years', { range: format.yearsRange(step.years.min, step.years.max) })}
            </span>
          ) : null}
        </p>
        <h3 className="career-step__title">{text.model(step.title)}</h3>
        <div className="career-step__badges">
          {here ? <Badge tone="accent">{t('career.ladder.youAreHere')}</Badge> : null}
          {target ? <Badge tone="info">{t('career.ladder.yourTarget')}</Badge> : null}
        </div>
        <p className="career-step__titles">
          {t('career.ladder.typicalTitles', { titles: step.typicalTitles.map(text.model).join(' · ') })}
        </p>
        <details className="career-step__details">
          <summary>{t('career.ladder.more', { step: text.model(step.title) })}</summary>
          {step.responsibilities.length > 0 ? (
            <>
              <h4 className="career-step__subtitle">{t('career.ladder.responsibilities')}</h4>
              <ul>
                {step.responsibilities.map((r) => (
                  <li key={r}>{text.model(r)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {step.standOut.length > 0 ? (
            <>
              <h4 className="career-step__subtitle">{t('career.ladder.standOut')}</h4>
              <ul>
                {step.standOut.map((r) => (
                  <li key={r}>{text.model(r)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </details>
        <SalaryBenchmarkLink link={step.salaryBenchmark} />
      </div>
    </li>
  );
}

/** The four stages in order with where the candidate stands and what they aim at, then the tracks. */
export function CareerLadder({ career }: { career: CareerPageResponse }) {
  const { t } = useTranslation();
  const stage = career.assessment.stage;
  const targetId = career.target?.id ?? null;
  const stages = career.ladder.filter((s) => s.kind === 'stage');
  const tracks = career.ladder.filter((s) => s.kind === 'track');
  const hereIndex = stages.findIndex((s) => s.id === stage);
  return (
    <Card title={t('career.ladder.title')} description={t('career.ladder.intro')} className="career-card">
      <ol className="career-ladder" aria-label={t('career.ladder.stagesLabel')}>
        {stages.map((step, index) => (
          <Step
            key={step.id}
            step={step}
            here={step.id === stage}
            target={step.id === targetId}
            reached={hereIndex >= 0 && index <= hereIndex}
          />
        ))}
      </ol>
      <h3 className="career-subheading">{t('career.ladder.tracksTitle')}</h3>
      <ul className="career-ladder career-ladder--tracks" aria-label={t('career.ladder.tracksLabel')}>
        {tracks.map((step) => (
          <Step key={step.id} step={step} here={false} target={step.id === targetId} reached={false} />
        ))}
      </ul>
    </Card>
  );
}
