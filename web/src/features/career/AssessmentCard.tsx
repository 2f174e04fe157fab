import { useTranslation } from 'react-i18next';
import type { CareerPageResponse, ExpectationCheck } from '../../api/career';
import { Card } from '../../ui/Card';
import { CheckIcon } from '../../ui/icons';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

function CheckList({
  checks,
  skillNames,
  label,
}: {
  checks: readonly ExpectationCheck[];
  skillNames: ReadonlyMap<string, string>;
  label: string;
}) {
  const { t } = useTranslation();
  const text = useCareerText();
  if (checks.length === 0) return null;
  return (
    <ul className="career-checks" aria-label={label}>
      {checks.map((check) => (
        <li
          key={`${check.kind}-${check.key}`}
          className={check.met ? 'career-check career-check--met' : 'career-check'}
        >
          <span className="career-check__icon" aria-hidden="true">
            {check.met ? <CheckIcon /> : '○'}
          </span>
          <span>
            <span className="career-check__label">{text.checkLabel(check, skillNames)}</span>
            {check.gate && !check.met ? (
              <span className="career-check__gate"> {t('career.checks.gate')}</span>
            ) : null}
            <span className="career-check__detail"> — {text.checkDetail(check)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The assessed stage with its confidence and the reasons: what is met at that stage, what the next one lacks. */
export function AssessmentCard({
  career,
  skillNames,
}: {
  career: CareerPageResponse;
  skillNames: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  const { assessment } = career;
  const stage = assessment.stage;
  if (!stage) return null;
  const step = career.ladder.find((s) => s.id === stage);
  const score = assessment.stages.find((s) => s.stage === stage);
  const next = assessment.stages.find((s) => !s.reached && s.stage !== stage);
  const nextStep = next ? career.ladder.find((s) => s.id === next.stage) : undefined;
  return (
    <Card title={t('career.assessment.title')} className="career-card career-assessment">
      <p className="career-assessment__stage" data-testid="career-stage">
        {t('career.assessment.stage', { stage: text.targetName(stage) })}
        {step ? <span className="career-assessment__title"> · {text.model(step.title)}</span> : null}
      </p>
      <p className="career-assessment__facts">
        {t('career.assessment.confidence', { value: format.share(assessment.confidence) })}
        {assessment.years !== null
          ? ` · ${t('career.assessment.years', { years: format.years(assessment.years) })}`
          : ''}
      </p>
      <meter
        className="career-meter"
        min={0}
        max={1}
        value={assessment.confidence}
        aria-label={t('career.assessment.confidenceLabel')}
      />
      {score ? (
        <>
          <h3 className="career-subheading">
            {t('career.assessment.metAt', {
              stage: text.targetName(stage),
              share: format.share(score.score),
            })}
          </h3>
          <CheckList
            checks={score.checks}
            skillNames={skillNames}
            label={t('career.assessment.metAtLabel', { stage: text.targetName(stage) })}
          />
        </>
      ) : null}
      {next ? (
        <>
          <h3 className="career-subheading">
            {t('career.assessment.notYet', {
              stage: text.targetName(next.stage),
              share: format.share(next.score),
            })}
          </h3>
          <CheckList
            checks={next.checks.filter((c) => !c.met)}
            skillNames={skillNames}
            label={t('career.assessment.notYetLabel', {
              stage: nextStep ? text.model(nextStep.title) : text.targetName(next.stage),
            })}
          />
        </>
      ) : null}
      {i18n.language === 'en' && assessment.reasons.length > 0 ? (
        <details className="career-reasons">
          <summary>{t('career.assessment.reasons')}</summary>
          <ul>
            {assessment.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
