import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type OrganisationBody,
  organisationBody as organisationContract,
} from '../../../../src/contracts/organisations.js';
import { checkContract } from '../../lib/contractErrors';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { FormAlert } from '../auth/FormAlert';
import { CountryOptions } from '../profile/sections/CountryOptions';
import { EmailDomainsField } from './EmailDomainsField';
import { ORGANISATION_SIZES, type OrganisationDraft, organisationBody } from './organisationDraft';
import { toShownFields, withMessages } from './shownFields';

interface OrganisationFormProps {
  initial: OrganisationDraft;
  submitLabel: string;
  onSave: (body: OrganisationBody) => Promise<void>;
  /** Shown after a save that stays on the page. */
  savedMessage?: string;
}

/** Name, web presence, email domains, location, size and description: creating and editing alike. */
export function OrganisationForm({ initial, submitLabel, onSave, savedMessage }: OrganisationFormProps) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<OrganisationDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const errors = form.fieldErrors;

  const onSubmit = () => {
    setSaved(false);
    let body: OrganisationBody | null = null;
    return form.submit(
      () => {
        const checked = checkContract(organisationContract, organisationBody(draft), t);
        if (checked.ok) {
          body = checked.data;
          return {};
        }
        const specific = withMessages(checked.errors, {
          emailDomains:
            draft.emailDomains.length === 0 ? t('employer.form.domains.required') : t('validation.domain'),
          country: t('employer.form.countryRequired'),
          size: t('employer.form.sizeRequired'),
        });
        return toShownFields(specific, form.formRef.current);
      },
      async () => {
        if (!body) return;
        await onSave(body);
        setSaved(true);
      },
    );
  };

  return (
    <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert message={form.formError} alertRef={form.alertRef} />
      {saved && savedMessage ? <Alert tone="success">{savedMessage}</Alert> : null}
      <div className="form-grid">
        <TextField
          label={t('employer.form.name')}
          name="name"
          dir="auto"
          autoComplete="organization"
          maxLength={160}
          value={draft.name}
          error={errors.name}
          onChange={(e) => set({ name: e.target.value })}
          required
        />
        <TextField
          label={t('employer.form.website')}
          hint={t('employer.form.websiteHint')}
          name="website"
          type="url"
          dir="ltr"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          maxLength={500}
          value={draft.website}
          error={errors.website}
          onChange={(e) => set({ website: e.target.value })}
          required
        />
        <EmailDomainsField
          value={draft.emailDomains}
          error={errors.emailDomains}
          onChange={(emailDomains) => set({ emailDomains })}
        />
        <SelectField
          label={t('employer.form.country')}
          name="country"
          autoComplete="country"
          value={draft.country}
          error={errors.country}
          onChange={(e) => set({ country: e.target.value })}
          required
        >
          <CountryOptions emptyLabel={t('employer.form.chooseCountry')} />
        </SelectField>
        <TextField
          label={t('employer.form.city')}
          name="city"
          dir="auto"
          autoComplete="address-level2"
          maxLength={120}
          value={draft.city}
          error={errors.city}
          onChange={(e) => set({ city: e.target.value })}
        />
        <SelectField
          label={t('employer.form.size')}
          name="size"
          value={draft.size}
          error={errors.size}
          onChange={(e) => set({ size: ORGANISATION_SIZES.find((s) => s === e.target.value) ?? '' })}
          required
        >
          <option value="">{t('employer.form.chooseSize')}</option>
          {ORGANISATION_SIZES.map((size) => (
            <option key={size} value={size}>
              {t(`employer.sizes.${size}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('employer.form.industry')}
          hint={t('employer.form.industryHint')}
          name="industry"
          dir="auto"
          maxLength={80}
          value={draft.industry}
          error={errors.industry}
          onChange={(e) => set({ industry: e.target.value })}
          required
        />
        <div className="form__wide">
          <TextAreaField
            label={t('employer.form.description')}
            hint={t('employer.form.descriptionHint')}
            name="description"
            dir="auto"
            rows={5}
            maxLength={4000}
            value={draft.description}
            error={errors.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </div>
        <TextField
          label={t('employer.form.logoUrl')}
          hint={t('employer.form.logoUrlHint')}
          name="logoUrl"
          type="url"
          dir="ltr"
          inputMode="url"
          placeholder="https://"
          maxLength={500}
          value={draft.logoUrl}
          error={errors.logoUrl}
          onChange={(e) => set({ logoUrl: e.target.value })}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
