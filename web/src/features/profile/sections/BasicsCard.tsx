import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Basics, basicsSchema, type Profile } from '../../../../../src/contracts/profile.js';
import { saveBasics } from '../../../api/profile';
import { checkContract } from '../../../lib/contractErrors';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../../auth/FormAlert';
import { SECTION_ANCHORS } from '../sectionAnchors';
import { CountryOptions } from './CountryOptions';
import { type LanguageDraft, LanguagesField, languageDraft } from './LanguagesField';

interface BasicsCardProps {
  profile: Profile;
  onSaved: (profile: Profile) => void;
}

const SUMMARY_TARGET = 80;

export function BasicsCard({ profile, onSaved }: BasicsCardProps) {
  const { t } = useTranslation();
  const form = useFormSubmit();
  const { basics } = profile;
  const [headline, setHeadline] = useState(basics.headline);
  const [summary, setSummary] = useState(basics.summary);
  const [country, setCountry] = useState(basics.country ?? '');
  const [city, setCity] = useState(basics.city ?? '');
  const [years, setYears] = useState(basics.yearsExperience === null ? '' : String(basics.yearsExperience));
  const [languages, setLanguages] = useState<LanguageDraft[]>(() =>
    basics.languages.map((l) => languageDraft(l.language, l.fluency)),
  );
  const [saved, setSaved] = useState(false);

  const onSubmit = () => {
    setSaved(false);
    // Rows left entirely empty are simply not sent.
    const kept = languages.filter((l) => l.language.trim() !== '');
    setLanguages(kept);
    let body: Basics | null = null;
    return form.submit(
      () => {
        const checked = checkContract(
          basicsSchema,
          {
            headline: headline.trim(),
            summary: summary.trim(),
            country: country || null,
            city: city.trim() || null,
            yearsExperience: years.trim() === '' ? null : Number(years),
            languages: kept.map((l) => ({ language: l.language.trim(), fluency: l.fluency })),
          },
          t,
        );
        if (!checked.ok) return checked.errors;
        body = checked.data;
        return {};
      },
      async () => {
        if (!body) return;
        onSaved(await saveBasics(body));
        setSaved(true);
      },
    );
  };

  const summaryLength = summary.trim().length;
  return (
    <Card
      id={SECTION_ANCHORS.basics}
      title={t('profile.basics.title')}
      description={t('profile.basics.description')}
      className="profile-section"
    >
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        {saved ? <Alert tone="success">{t('profile.basics.saved')}</Alert> : null}
        <TextField
          label={t('profile.basics.headline')}
          hint={t('profile.basics.headlineHint')}
          name="headline"
          dir="auto"
          value={headline}
          maxLength={160}
          error={form.fieldErrors.headline}
          onChange={(e) => setHeadline(e.target.value)}
        />
        <TextAreaField
          label={t('profile.basics.summary')}
          hint={
            summaryLength < SUMMARY_TARGET
              ? t('profile.basics.summaryHintShort', { count: SUMMARY_TARGET - summaryLength })
              : t('profile.basics.summaryHint')
          }
          name="summary"
          dir="auto"
          rows={5}
          value={summary}
          maxLength={4000}
          error={form.fieldErrors.summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <div className="form-grid">
          <SelectField
            label={t('profile.basics.country')}
            name="country"
            value={country}
            autoComplete="country"
            error={form.fieldErrors.country}
            onChange={(e) => setCountry(e.target.value)}
          >
            <CountryOptions emptyLabel={t('profile.countries.none')} />
          </SelectField>
          <TextField
            label={t('profile.basics.city')}
            name="city"
            dir="auto"
            value={city}
            maxLength={120}
            autoComplete="address-level2"
            error={form.fieldErrors.city}
            onChange={(e) => setCity(e.target.value)}
          />
          <TextField
            label={t('profile.basics.years')}
            hint={t('profile.basics.yearsHint')}
            name="yearsExperience"
            type="number"
            inputMode="decimal"
            min={0}
            max={60}
            step={0.5}
            value={years}
            error={form.fieldErrors.yearsExperience}
            onChange={(e) => setYears(e.target.value)}
          />
        </div>
        <LanguagesField value={languages} errors={form.fieldErrors} onChange={setLanguages} />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('profile.basics.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
