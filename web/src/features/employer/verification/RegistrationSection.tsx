import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registrationBody } from '../../../../../src/contracts/organisations.js';
import { type OrganisationView, type RegistrationBody, submitRegistration } from '../../../api/organisations';
import { checkContract } from '../../../lib/contractErrors';
import { useCountryOptions } from '../../../lib/countries';
import { useFormatters } from '../../../lib/format';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../../auth/FormAlert';
import { CountryOptions } from '../../profile/sections/CountryOptions';
import { withMessages } from '../shownFields';
import { StatusLine } from './StatusLine';

const TONES = {
  not_submitted: 'neutral',
  pending: 'warning',
  approved: 'success',
  rejected: 'warning',
} as const;

/** The commercial registration or trade licence, reviewed by an administrator. */
export function RegistrationSection({
  organisation,
  onChanged,
}: {
  organisation: OrganisationView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const countries = useCountryOptions();
  const id = useId();
  const form = useFormSubmit();
  const registration = organisation.registration;
  const [number, setNumber] = useState(registration.registrationNumber ?? '');
  const [country, setCountry] = useState(registration.country ?? organisation.country);
  const [website, setWebsite] = useState(organisation.website ?? '');
  const canSubmit =
    organisation.myRole === 'owner' &&
    (registration.status === 'not_submitted' || registration.status === 'rejected');

  const onSubmit = () => {
    let body: RegistrationBody | null = null;
    return form.submit(
      () => {
        const checked = checkContract(
          registrationBody,
          { registrationNumber: number.trim(), country, website: website.trim() },
          t,
        );
        if (checked.ok) {
          body = checked.data;
          return {};
        }
        return withMessages(checked.errors, {
          registrationNumber: t('employer.verification.registration.numberInvalid'),
          country: t('employer.form.countryRequired'),
        });
      },
      async () => {
        if (!body) return;
        await submitRegistration(organisation.id, body);
        onChanged();
      },
    );
  };

  return (
    <section className="check-section" aria-labelledby={`${id}-title`}>
      <StatusLine
        id={`${id}-title`}
        title={t('employer.verification.registration.title')}
        status={t(`employer.verification.registration.status.${registration.status}`)}
        tone={TONES[registration.status]}
      />
      {registration.status === 'rejected' ? (
        <Alert tone="warning" title={t('employer.verification.registration.rejectedTitle')}>
          <p dir="auto">{registration.reason ?? t('employer.verification.registration.noReason')}</p>
        </Alert>
      ) : null}
      {registration.status === 'pending' ? (
        <p className="muted">{t('employer.verification.registration.pending')}</p>
      ) : null}
      {registration.status === 'not_submitted' ? (
        <p className="muted">{t('employer.verification.registration.explain')}</p>
      ) : null}
      {registration.registrationNumber && registration.status !== 'not_submitted' ? (
        <dl className="detail-list detail-list--compact">
          <div className="detail-list__row">
            <dt>{t('employer.verification.registration.number')}</dt>
            <dd className="ltr-value">{registration.registrationNumber}</dd>
          </div>
          {registration.country ? (
            <div className="detail-list__row">
              <dt>{t('employer.verification.registration.country')}</dt>
              <dd>{countries.name(registration.country)}</dd>
            </div>
          ) : null}
          {registration.decidedAt ? (
            <div className="detail-list__row">
              <dt>{t('employer.verification.registration.decidedAt')}</dt>
              <dd>{format.date(registration.decidedAt)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {canSubmit ? (
        <form ref={form.formRef} className="form form--compact" noValidate onSubmit={handleSubmit(onSubmit)}>
          <FormAlert message={form.formError} alertRef={form.alertRef} />
          <TextField
            label={t('employer.verification.registration.number')}
            hint={t('employer.verification.registration.numberHint')}
            name="registrationNumber"
            dir="ltr"
            autoComplete="off"
            maxLength={60}
            value={number}
            error={form.fieldErrors.registrationNumber}
            onChange={(e) => setNumber(e.target.value)}
            required
          />
          <div className="form-grid">
            <SelectField
              label={t('employer.verification.registration.country')}
              name="country"
              value={country}
              error={form.fieldErrors.country}
              onChange={(e) => setCountry(e.target.value)}
              required
            >
              <CountryOptions emptyLabel={t('employer.form.chooseCountry')} />
            </SelectField>
            <TextField
              label={t('employer.form.website')}
              name="website"
              type="url"
              dir="ltr"
              inputMode="url"
              maxLength={500}
              value={website}
              error={form.fieldErrors.website}
              onChange={(e) => setWebsite(e.target.value)}
              required
            />
          </div>
          <div className="form__actions">
            <Button type="submit" pending={form.pending}>
              {registration.status === 'rejected'
                ? t('employer.verification.registration.resubmit')
                : t('employer.verification.registration.submit')}
            </Button>
          </div>
        </form>
      ) : null}
      {!canSubmit && organisation.myRole !== 'owner' && registration.status === 'not_submitted' ? (
        <p className="muted">{t('employer.verification.registration.ownerOnly')}</p>
      ) : null}
    </section>
  );
}
