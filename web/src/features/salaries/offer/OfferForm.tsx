import { useTranslation } from 'react-i18next';
import { currencySchema, levelSchema, roleFamilySchema } from '../../../../../src/contracts/profile.js';
import { gulfCountrySchema, separationSchema } from '../../../../../src/contracts/salary-offer.js';
import type { FieldErrors } from '../../../i18n/errors';
import { useCountryOptions } from '../../../lib/countries';
import { CheckboxField } from '../../../ui/CheckboxField';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { GULF_CURRENCY, type OfferDraft } from './offerDraft';

interface OfferFieldsProps {
  draft: OfferDraft;
  onChange: (draft: OfferDraft) => void;
  errors: FieldErrors;
  /** The default tax rate the last answer used for the other offer, as a sentence. */
  taxDefault: string | null;
}

type AmountKey = {
  [K in keyof OfferDraft]: OfferDraft[K] extends string ? K : never;
}[keyof OfferDraft];

/** The calculator's fields, grouped as an offer letter lists them; names are the API's field paths. */
export function OfferFields({ draft, onChange, errors, taxDefault }: OfferFieldsProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const set = (patch: Partial<OfferDraft>) => onChange({ ...draft, ...patch });
  const amount = (key: AmountKey, name: string, label: string, hint?: string) => (
    <TextField
      label={label}
      name={name}
      hint={hint}
      inputMode="decimal"
      autoComplete="off"
      dir="ltr"
      className="field__input salary-amount"
      value={String(draft[key])}
      error={errors[name]}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );
  const perMonth = t('salaries.offer.perMonth', { currency: draft.currency });
  const perYear = t('salaries.offer.perYear', { currency: draft.currency });

  return (
    <>
      <fieldset className="subfields">
        <legend className="field__label">{t('salaries.offer.groups.where')}</legend>
        <div className="form-grid form-grid--3">
          <SelectField
            label={t('salaries.offer.country')}
            name="country"
            value={draft.country}
            error={errors.country}
            onChange={(e) => {
              const country = gulfCountrySchema.safeParse(e.target.value).data ?? 'AE';
              // The pay is usually quoted in the country's own currency; follow it unless changed by hand.
              const currency =
                draft.currency === GULF_CURRENCY[draft.country] ? GULF_CURRENCY[country] : draft.currency;
              set({ country, currency });
            }}
          >
            {gulfCountrySchema.options.map((code) => (
              <option key={code} value={code}>
                {countries.name(code)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('salaries.offer.currency')}
            name="currency"
            value={draft.currency}
            error={errors.currency}
            onChange={(e) =>
              set({ currency: currencySchema.options.find((c) => c === e.target.value) ?? draft.currency })
            }
          >
            {currencySchema.options.map((code) => (
              <option key={code} value={code}>
                {t(`profile.currencies.${code}`)}
              </option>
            ))}
          </SelectField>
          {amount(
            'yearsOfService',
            'yearsOfService',
            t('salaries.offer.yearsOfService'),
            t('salaries.offer.yearsOfServiceHint'),
          )}
          <SelectField
            label={t('salaries.offer.roleFamily')}
            name="roleFamily"
            value={draft.roleFamily}
            error={errors.roleFamily}
            onChange={(e) => set({ roleFamily: roleFamilySchema.safeParse(e.target.value).data ?? '' })}
          >
            <option value="">{t('salaries.offer.noPlacement')}</option>
            {roleFamilySchema.options.map((family) => (
              <option key={family} value={family}>
                {t(`profile.goals.roleFamilies.${family}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('salaries.offer.level')}
            name="level"
            value={draft.level}
            error={errors.level}
            onChange={(e) => set({ level: levelSchema.safeParse(e.target.value).data ?? '' })}
          >
            <option value="">{t('salaries.offer.noPlacement')}</option>
            {levelSchema.options.map((level) => (
              <option key={level} value={level}>
                {t(`profile.levels.${level}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('salaries.offer.separation')}
            name="separation"
            hint={t('salaries.offer.separationHint')}
            value={draft.separation}
            error={errors.separation}
            onChange={(e) =>
              set({ separation: separationSchema.safeParse(e.target.value).data ?? 'employer_ended' })
            }
          >
            {separationSchema.options.map((value) => (
              <option key={value} value={value}>
                {t(`salaries.offer.separations.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <fieldset className="subfields">
        <legend className="field__label">
          {t('salaries.offer.groups.monthly', { currency: draft.currency })}
        </legend>
        <div className="form-grid form-grid--4">
          {amount('basic', 'monthly.basic', t('salaries.offer.basic'), perMonth)}
          {amount('housing', 'monthly.housing', t('salaries.offer.housing'), perMonth)}
          {amount('transport', 'monthly.transport', t('salaries.offer.transport'), perMonth)}
          {amount('otherMonthly', 'monthly.other', t('salaries.offer.otherMonthly'), perMonth)}
        </div>
      </fieldset>
      <fieldset className="subfields">
        <legend className="field__label">
          {t('salaries.offer.groups.annual', { currency: draft.currency })}
        </legend>
        <div className="form-grid form-grid--4">
          {amount(
            'flightTicket',
            'annual.flightTicket',
            t('salaries.offer.flightTicket'),
            t('salaries.offer.flightTicketHint'),
          )}
          {amount(
            'peopleCovered',
            'annual.peopleCovered',
            t('salaries.offer.peopleCovered'),
            t('salaries.offer.peopleCoveredHint'),
          )}
          {amount(
            'tripsPerYear',
            'annual.tripsPerYear',
            t('salaries.offer.tripsPerYear'),
            t('salaries.offer.tripsPerYearHint'),
          )}
          {amount('education', 'annual.education', t('salaries.offer.education'), perYear)}
          {amount('bonus', 'annual.bonus', t('salaries.offer.bonus'), perYear)}
        </div>
      </fieldset>
      <fieldset className="subfields">
        <legend className="field__label">{t('salaries.offer.groups.compare')}</legend>
        <CheckboxField
          name="compareOn"
          label={t('salaries.offer.compareOn')}
          checked={draft.compare}
          onChange={(e) => set({ compare: e.target.checked })}
        />
        {draft.compare ? (
          <div className="form-grid form-grid--4">
            {amount(
              'compareGross',
              'compare.grossAnnual',
              t('salaries.offer.compareGross'),
              t('salaries.offer.compareGrossHint'),
            )}
            <SelectField
              label={t('salaries.offer.compareCurrency')}
              name="compare.currency"
              value={draft.compareCurrency}
              error={errors['compare.currency']}
              onChange={(e) =>
                set({
                  compareCurrency:
                    currencySchema.options.find((c) => c === e.target.value) ?? draft.compareCurrency,
                })
              }
            >
              {currencySchema.options.map((code) => (
                <option key={code} value={code}>
                  {t(`profile.currencies.${code}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('salaries.offer.compareCountry')}
              name="compare.country"
              value={draft.compareCountry}
              error={errors['compare.country']}
              onChange={(e) => set({ compareCountry: e.target.value })}
            >
              <option value="">{t('salaries.offer.compareCountryNone')}</option>
              {[...countries.gulf, ...countries.others].map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </SelectField>
            {amount(
              'compareTaxRate',
              'compare.effectiveTaxRate',
              t('salaries.offer.compareTaxRate'),
              taxDefault ?? t('salaries.offer.compareTaxRateHint'),
            )}
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
