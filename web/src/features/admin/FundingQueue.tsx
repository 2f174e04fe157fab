import { useTranslation } from 'react-i18next';
import {
  decideFunding,
  type FundingQueue as FundingFilter,
  fetchFundingQueue,
} from '../../api/adminVerification';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { isolate } from '../employer/isolate';
import { SalaryFigure } from '../jobs/SalaryFigure';
import { useJobFormat } from '../jobs/useJobFormat';
import { DecisionButtons } from './DecisionButtons';
import { DecisionQueueCard } from './DecisionQueueCard';
import { useDecisionQueue } from './useDecisionQueue';

const FILTERS: readonly [FundingFilter, ...FundingFilter[]] = ['attested', 'verified', 'rejected'];

/** Positions whose funding someone attested: band against budget, approve (which opens it) or reject. */
export function FundingQueue({ onDecided }: { onDecided: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = useJobFormat();
  const queue = useDecisionQueue(fetchFundingQueue, FILTERS, onDecided);

  return (
    <DecisionQueueCard
      queue={queue}
      title={t('verification.funding.title')}
      description={t('verification.funding.description')}
      show={{
        label: t('verification.funding.show'),
        name: 'fundingStatus',
        option: (f) => t(`employer.funding.status.${f}`),
      }}
      empty={t(`verification.funding.empty.${queue.filter}`)}
      caption={(count) => t('verification.funding.caption', { count })}
      columns={[
        t('verification.funding.position'),
        t('verification.funding.band'),
        t('verification.funding.budget'),
        t('verification.funding.attestedBy'),
        t('verification.organisations.decision'),
      ]}
      row={(position) => (
        <tr key={position.id}>
          <th scope="row">
            <span className="queue__name" dir="auto">
              {position.title}
            </span>
            <span className="queue__sub" dir="auto">
              {position.organisation.name}{' '}
              {position.organisation.verified ? (
                <Badge tone="success">{t('employer.status.verified')}</Badge>
              ) : (
                <Badge tone="warning">{t('employer.status.notVerified')}</Badge>
              )}
            </span>
          </th>
          <td>
            <SalaryFigure salary={position.salary} converted={position.salaryUsd} />
          </td>
          <td>
            {position.funding.budget ? (
              <span className="nowrap">
                {t('employer.funding.budgetLine', {
                  range: money.range(position.funding.budget.min, position.funding.budget.max),
                  currency: position.funding.budget.currency,
                })}
              </span>
            ) : (
              '—'
            )}
            <span className="queue__sub">
              {t('verification.funding.headcount', { count: position.headcount })}
            </span>
          </td>
          <td>
            <span dir="auto">{position.funding.attestedBy ?? '—'}</span>
            {position.funding.attestedAt ? (
              <span className="queue__sub">{format.date(position.funding.attestedAt)}</span>
            ) : null}
          </td>
          <td>
            {position.funding.status === 'attested' ? (
              <DecisionButtons
                subject={position.title}
                onDecide={(decision) =>
                  queue.ask(
                    decision,
                    position.title,
                    (body) => decideFunding(position.id, body),
                    t(
                      decision === 'approve'
                        ? 'verification.funding.approved'
                        : 'verification.funding.rejected',
                      {
                        title: isolate(position.title),
                      },
                    ),
                  )
                }
              />
            ) : (
              <span className="queue__sub" dir="auto">
                {position.funding.reason ?? t(`employer.funding.status.${position.funding.status}`)}
              </span>
            )}
          </td>
        </tr>
      )}
    />
  );
}
