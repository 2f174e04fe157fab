import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../../../../src/contracts/auth.js';
import { cx } from '../../lib/cx';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { CheckIcon } from '../../ui/icons';
import { stepsFor } from './steps';

const STATUS_TONE = { done: 'success', todo: 'warning', soon: 'neutral' } as const;

export function NextStepsCard({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <Card title={t('home.steps.title')} description={t(`home.steps.lead.${user.accountType}`)}>
      <ol className="steps">
        {stepsFor(user).map((step, index) => (
          <li key={step.key} className={cx('step', `step--${step.status}`)}>
            <span className="step__marker" aria-hidden="true">
              {step.status === 'done' ? <CheckIcon /> : index + 1}
            </span>
            <div className="step__body">
              <h3 className="step__title">
                {step.to ? (
                  <Link to={step.to}>{t(`home.steps.items.${step.key}.title`)}</Link>
                ) : (
                  t(`home.steps.items.${step.key}.title`)
                )}
              </h3>
              <p className="step__text">{t(`home.steps.items.${step.key}.body`)}</p>
            </div>
            <Badge tone={STATUS_TONE[step.status]}>{t(`home.steps.status.${step.status}`)}</Badge>
          </li>
        ))}
      </ol>
    </Card>
  );
}
