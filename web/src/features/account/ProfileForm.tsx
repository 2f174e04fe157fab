import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../src/contracts/auth.js';
import { updateMe } from '../../api/auth';
import { useAuth } from '../../app/auth-context';
import { type Locale, storeLocale, toLocale } from '../../i18n/locale';
import { handleSubmit } from '../../lib/handleSubmit';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { checkRequired } from '../../lib/validate';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { FormAlert } from '../auth/FormAlert';

export function ProfileForm({ user }: { user: User }) {
  const { t, i18n } = useTranslation();
  const { setUser } = useAuth();
  const form = useFormSubmit();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [locale, setLocale] = useState<Locale>(user.locale);
  const [saved, setSaved] = useState(false);

  const onSubmit = () => {
    setSaved(false);
    return form.submit(
      () => ({ displayName: checkRequired(displayName, t('validation.nameRequired')) }),
      async () => {
        const updated = await updateMe({ displayName: displayName.trim(), locale });
        setUser(updated);
        setDisplayName(updated.displayName);
        // Saving a language preference is an explicit choice, so the interface follows it too.
        if (toLocale(i18n.language) !== updated.locale) {
          storeLocale(updated.locale);
          await i18n.changeLanguage(updated.locale);
        }
        setSaved(true);
      },
    );
  };

  return (
    <Card title={t('account.profile.title')} description={t('account.profile.body')}>
      <form ref={form.formRef} className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert message={form.formError} alertRef={form.alertRef} />
        {saved ? <Alert tone="success">{t('account.profile.saved')}</Alert> : null}
        <TextField
          label={t('auth.fields.displayName')}
          name="displayName"
          autoComplete="name"
          value={displayName}
          maxLength={120}
          onChange={(e) => setDisplayName(e.target.value)}
          error={form.fieldErrors.displayName}
          required
        />
        <TextField
          label={t('auth.fields.email')}
          name="email"
          type="email"
          autoComplete="email"
          value={user.email}
          readOnly
          hint={t('account.profile.emailHint')}
        />
        <SelectField
          label={t('account.profile.language')}
          name="locale"
          hint={t('account.profile.languageHint')}
          value={locale}
          onChange={(e) => setLocale(toLocale(e.target.value))}
          error={form.fieldErrors.locale}
        >
          <option value="en" lang="en">
            {t('language.names.en')}
          </option>
          <option value="ar" lang="ar">
            {t('language.names.ar')}
          </option>
        </SelectField>
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('account.profile.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
