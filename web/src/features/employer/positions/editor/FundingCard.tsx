import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fundingBody } from '../../../../../../src/contracts/positions.js';
import { currencySchema } from '../../../../../../src/contracts/profile.js';
import { attestFunding, type FundingBody, type PositionView } from '../../../../api/positions';
import { checkContract } from '../../../../lib/contractErrors';
import { useFormatters } from '../../../../lib/format';
import { handleSubmit } from '../../../../lib/handleSubmit';
import { useFormSubmit } from '../../../../lib/useFormSubmit';
import { Alert } from '../../../../ui/Alert';
import { Badge } from '../../../../ui/Badge';
import { Button } from '../../../../ui/Button';
import { Card } from '../../../../ui/Card';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { FormAlert } from '../../../auth/FormAlert';
import { useJobFormat } from '../../../jobs/useJobFormat';
import { FUNDING_TONES } from '../lifecycle';
import { parseAmount } from './positionDraft';

interface FundingCardProps {
  position: PositionView;
  /** Hiring managers and owners vouch for funding; recruiters see its state only. */
  canAttest: boolean;
  onChanged: (position: PositionView) => void;
}

/** The "Verified funded" badge starts here: someone accountable attests headcount and budget. */
export function FundingCard({ position, canAttest, onChanged }: FundingCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const money = useJobFormat();
  const form = useFormSubmit();
  const { funding } = position;
  const [headcount, setHeadcount] = useState(String(position.headcount));
  const [budgetMin, setBudgetMin] = useState(funding.budget ? String(funding.budget.min) : '');
  const [budgetMax, setBudgetMax] = useState(funding.budget ? String(funding.budget.max) : '');
  const [currency, setCurrency] = useState(funding.budget?.currency ?? position.salary.currency);
  const [saved, setSaved] = useState(false);
  const locked = funding.status === 'verified';

  const onSubmit = () => {
    setSaved(false);
    let body: FundingBody | null = null;
    return form.submit(
      () => {
        const checked = checkContract(
          fundingBody,
          {
            headcount: parseAmount(headcount),
            budgetMin: parseAmount(budgetMin),
            budgetMax: parseAmount(budgetMax),
            budgetCurrency: currency,
          },
          t,
        );
        if (!checked.ok) return checked.errors;
        if (checked.data.budgetMax < checked.data.budgetMin)
          return { budgetMax: t('employer.funding.maxBelowMin') };
        body = checked.data;
        return {};
      },
      async () => {
        if (!body) return;
        onChanged(await attestFunding(position.id, body));
        setSaved(true);
      },
    );
  };

  return (
    <Card
      title={t('employer.funding.title')}
      description={t('employer.funding.description')}
      actions={
        <Badge tone={FUNDING_TONES[funding.status]}>{t(`employer.funding.status.${funding.status}`)}</Badge>
      }
    >
      <div className="stack">
        {funding.status === 'rejected' ? (
          <Alert tone="warning" title={t('employer.funding.rejectedTitle')}>
            <p dir="auto">{funding.reason ?? t('employer.verification.registration.noReason')}</p>
          </Alert>
        ) : null}
        {funding.attestedBy && funding.attestedAt ? (
          <p className="muted">
            {t('employer.funding.attestedBy', {
              name: funding.attestedBy,
              date: format.date(funding.attestedAt),
            })}
          </p>
        ) : null}
        {funding.budget ? (
          <p>
            {t('employer.funding.budgetLine', {
              range: money.range(funding.budget.min, funding.budget.max),
              currency: funding.budget.currency,
            })}
          </p>
        ) : null}
        {funding.status === 'verified' && funding.verifiedAt ? (
          <p>{t('employer.funding.verifiedOn', { date: format.date(funding.verifiedAt) })}</p>
        ) : null}
        {canAttest && !locked ? (
          <form
            ref={form.formRef}
            className="form form--compact"
            noValidate
            onSubmit={handleSubmit(onSubmit)}
          >
            <FormAlert message={form.formError} alertRef={form.alertRef} />
            {saved ? <Alert tone="success">{t('employer.funding.saved')}</Alert> : null}
            <TextField
              label={t('employer.funding.headcount')}
              name="headcount"
              inputMode="numeric"
              dir="ltr"
              value={headcount}
              error={form.fieldErrors.headcount}
              onChange={(e) => setHeadcount(e.target.value)}
            />
            <div className="form-grid form-grid--tight">
              <TextField
                label={t('employer.funding.budgetMin')}
                name="budgetMin"
                inputMode="numeric"
                dir="ltr"
                value={budgetMin}
                error={form.fieldErrors.budgetMin}
                onChange={(e) => setBudgetMin(e.target.value)}
              />
              <TextField
                label={t('employer.funding.budgetMax')}
                name="budgetMax"
                inputMode="numeric"
                dir="ltr"
                value={budgetMax}
                error={form.fieldErrors.budgetMax}
                onChange={(e) => setBudgetMax(e.target.value)}
              />
            </div>
            <SelectField
              label={t('employer.funding.currency')}
              name="budgetCurrency"
              value={currency}
              error={form.fieldErrors.budgetCurrency}
              onChange={(e) => setCurrency(currencySchema.safeParse(e.target.value).data ?? currency)}
            >
              {currencySchema.options.map((code) => (
                <option key={code} value={code}>
                  {t(`profile.currencies.${code}`)}
                </option>
              ))}
            </SelectField>
            <p className="form__fineprint">{t('employer.funding.declaration')}</p>
            <div className="form__actions">
              <Button type="submit" pending={form.pending}>
                {funding.status === 'none' ? t('employer.funding.attest') : t('employer.funding.reattest')}
              </Button>
            </div>
          </form>
        ) : null}
        {!canAttest && !locked ? <p className="muted">{t('employer.funding.whoCan')}</p> : null}
      </div>
    </Card>
  );
}
