import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencySchema } from '../../../../src/contracts/profile.js';
import { updateFxRate } from '../../api/adminVerification';
import { type FxRate, fetchFxRates } from '../../api/positions';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { FormAlert } from '../auth/FormAlert';
import { TableScroll } from '../employer/TableScroll';
import { useJobFormat } from '../jobs/useJobFormat';

const SOURCE_TONES = { peg: 'info', table: 'neutral', identity: 'neutral' } as const;

/** Every conversion's rate: pegged currencies are fixed by their central banks, floating ones are updated here. */
export function FxRatesCard() {
  const { t } = useTranslation();
  const rates = useLoad(fetchFxRates);
  const [updated, setUpdated] = useState<FxRate[] | null>(null);
  return (
    <Card title={t('verification.fx.title')} description={t('verification.fx.description')}>
      <LoadBoundary state={rates}>
        {(loaded) => <FxRates rates={updated ?? loaded} onUpdated={setUpdated} />}
      </LoadBoundary>
    </Card>
  );
}

function FxRates({ rates, onUpdated }: { rates: FxRate[]; onUpdated: (rates: FxRate[]) => void }) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const form = useFormSubmit();
  const rateInput = useRef<HTMLInputElement>(null);
  const floating = rates.filter((r) => r.source === 'table');
  const currencyName = (code: string) => {
    const known = currencySchema.safeParse(code).data;
    return known ? t(`profile.currencies.${known}`) : code;
  };
  const [currency, setCurrency] = useState(floating[0]?.currency ?? '');
  const current = rates.find((r) => r.currency === currency);
  const [rate, setRate] = useState(current ? String(current.ratePerUsd) : '');
  const [asOf, setAsOf] = useState(() => new Date().toISOString().slice(0, 10));
  const [saved, setSaved] = useState<string | null>(null);

  const choose = (code: string) => {
    setCurrency(code);
    const chosen = rates.find((r) => r.currency === code);
    setRate(chosen ? String(chosen.ratePerUsd) : '');
    setSaved(null);
  };

  const onSubmit = () => {
    setSaved(null);
    const value = Number(rate.replace(',', '.'));
    return form.submit(
      () => ({
        ratePerUsd: Number.isFinite(value) && value > 0 ? undefined : t('verification.fx.rateInvalid'),
        asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? undefined : t('employer.positions.dialog.dateRequired'),
      }),
      async () => {
        onUpdated(await updateFxRate(currency, value, asOf));
        setSaved(t('verification.fx.saved', { currency }));
      },
    );
  };

  return (
    <div className="stack stack--gap-6">
      <TableScroll label={t('verification.fx.caption')}>
        <table className="table">
          <caption className="visually-hidden">{t('verification.fx.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('verification.fx.currency')}</th>
              <th scope="col" className="table__num">
                {t('verification.fx.rate')}
              </th>
              <th scope="col">{t('verification.fx.asOf')}</th>
              <th scope="col">{t('verification.fx.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('employer.members.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.currency}>
                <th scope="row">
                  <span className="ltr-value">{r.currency}</span>
                </th>
                <td className="table__num">{format.rate(r.ratePerUsd)}</td>
                <td className="nowrap">{r.source === 'identity' ? '—' : format.day(r.asOf)}</td>
                <td>
                  <Badge tone={SOURCE_TONES[r.source]}>{t(`verification.fx.sources.${r.source}`)}</Badge>
                </td>
                <td>
                  {r.source === 'table' ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t('verification.fx.editLabel', { currency: r.currency })}
                      onClick={() => {
                        choose(r.currency);
                        rateInput.current?.focus();
                      }}
                    >
                      {t('verification.fx.edit')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {floating.length > 0 ? (
        <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
          <h3 className="subheading">{t('verification.fx.formTitle')}</h3>
          <FormAlert message={form.formError} alertRef={form.alertRef} />
          {saved ? <Alert tone="success">{saved}</Alert> : null}
          <div className="form-grid form-grid--3">
            <SelectField
              label={t('verification.fx.currency')}
              name="currency"
              value={currency}
              onChange={(e) => choose(e.target.value)}
            >
              {floating.map((r) => (
                <option key={r.currency} value={r.currency}>
                  {currencyName(r.currency)}
                </option>
              ))}
            </SelectField>
            <TextField
              ref={rateInput}
              label={t('verification.fx.ratePer', { currency })}
              name="ratePerUsd"
              inputMode="decimal"
              dir="ltr"
              value={rate}
              error={form.fieldErrors.ratePerUsd}
              onChange={(e) => setRate(e.target.value)}
            />
            <TextField
              label={t('verification.fx.asOf')}
              name="asOf"
              type="date"
              dir="ltr"
              value={asOf}
              error={form.fieldErrors.asOf}
              onChange={(e) => setAsOf(e.target.value)}
            />
          </div>
          <div className="form__actions">
            <Button type="submit" pending={form.pending}>
              {t('verification.fx.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
