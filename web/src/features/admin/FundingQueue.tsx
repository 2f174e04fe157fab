import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  decideFunding,
  type FundingQueue as FundingFilter,
  fetchFundingQueue,
} from '../../api/adminVerification';
import { useFormatters } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { SelectField } from '../../ui/SelectField';
import { isolate } from '../employer/isolate';
import { TableScroll } from '../employer/TableScroll';
import { SalaryFigure } from '../jobs/SalaryFigure';
import { useJobFormat } from '../jobs/useJobFormat';
import { DecisionDialog, type PendingDecision } from './DecisionDialog';

const FILTERS: readonly FundingFilter[] = ['attested', 'verified', 'rejected'];

/** Positions whose funding someone attested: band against budget, approve (which opens it) or reject. */
export function FundingQueue({ onDecided }: { onDecided: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = useJobFormat();
  const [filter, setFilter] = useState<FundingFilter>('attested');
  const load = useCallback(() => fetchFundingQueue(filter), [filter]);
  const queue = useLoad(load);
  const [deciding, setDeciding] = useState<PendingDecision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const decide = (decision: 'approve' | 'reject', positionId: string, title: string): PendingDecision => ({
    decision,
    subject: title,
    run: async (body) => {
      await decideFunding(positionId, body);
      setNotice(
        t(decision === 'approve' ? 'verification.funding.approved' : 'verification.funding.rejected', {
          title: isolate(title),
        }),
      );
      queue.reload();
      onDecided();
    },
  });

  return (
    <Card
      title={t('verification.funding.title')}
      description={t('verification.funding.description')}
      actions={
        <SelectField
          label={t('verification.funding.show')}
          name="fundingStatus"
          value={filter}
          onChange={(e) => setFilter(FILTERS.find((f) => f === e.target.value) ?? 'attested')}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`employer.funding.status.${f}`)}
            </option>
          ))}
        </SelectField>
      }
    >
      {notice ? (
        <Alert tone="success" className="card__notice">
          {notice}
        </Alert>
      ) : null}
      <LoadBoundary state={queue}>
        {(positions) =>
          positions.length === 0 ? (
            <p className="muted">{t(`verification.funding.empty.${filter}`)}</p>
          ) : (
            <TableScroll label={t('verification.funding.caption', { count: positions.length })}>
              <table className="table">
                <caption className="visually-hidden">
                  {t('verification.funding.caption', { count: positions.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('verification.funding.position')}</th>
                    <th scope="col">{t('verification.funding.band')}</th>
                    <th scope="col">{t('verification.funding.budget')}</th>
                    <th scope="col">{t('verification.funding.attestedBy')}</th>
                    <th scope="col">{t('verification.organisations.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {positions.map((position) => (
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
                          <div className="button-row button-row--tight">
                            <Button
                              size="sm"
                              aria-label={t('verification.approveLabel', { subject: position.title })}
                              onClick={() => setDeciding(decide('approve', position.id, position.title))}
                            >
                              {t('verification.approve')}
                            </Button>
                            <Button
                              size="sm"
                              variant="danger"
                              aria-label={t('verification.rejectLabel', { subject: position.title })}
                              onClick={() => setDeciding(decide('reject', position.id, position.title))}
                            >
                              {t('verification.reject')}
                            </Button>
                          </div>
                        ) : (
                          <span className="queue__sub" dir="auto">
                            {position.funding.reason ??
                              t(`employer.funding.status.${position.funding.status}`)}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </LoadBoundary>
      <DecisionDialog pending={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}
