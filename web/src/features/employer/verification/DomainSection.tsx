import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganisationView, requestDomainVerification } from '../../../api/organisations';
import { useFormatters } from '../../../lib/format';
import { handleSubmit } from '../../../lib/handleSubmit';
import { useFormSubmit } from '../../../lib/useFormSubmit';
import { checkEmail } from '../../../lib/validate';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { FormAlert } from '../../auth/FormAlert';
import { isolate } from '../isolate';
import { StatusLine } from './StatusLine';

const TONES = { unverified: 'neutral', pending: 'warning', verified: 'success' } as const;

/** Proving control of the email domain: a one-time link mailed to an address at it. */
export function DomainSection({
  organisation,
  onChanged,
}: {
  organisation: OrganisationView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const form = useFormSubmit();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { status, domain, at } = organisation.domainVerification;
  const domains = organisation.emailDomains;

  const onSubmit = () =>
    form.submit(
      () => {
        const invalid = checkEmail(email, t);
        if (invalid) return { email: invalid };
        const host = email.trim().toLowerCase().split('@')[1] ?? '';
        const atDomain = domains.some((d) => host === d || host.endsWith(`.${d}`));
        return {
          email: atDomain
            ? undefined
            : t('employer.verification.domain.wrongDomain', { domains: isolate(domains.join(', ')) }),
        };
      },
      async () => {
        setSentTo(await requestDomainVerification(organisation.id, email.trim()));
        onChanged();
      },
    );

  return (
    <section className="check-section" aria-labelledby={`${id}-title`}>
      <StatusLine
        id={`${id}-title`}
        title={t('employer.verification.domain.title')}
        status={t(`employer.verification.domain.status.${status}`)}
        tone={TONES[status]}
      />
      {status === 'verified' ? (
        <p>
          {t('employer.verification.domain.verified', {
            domain: domain ?? domains[0] ?? '',
            date: at ? format.date(at) : '',
          })}
        </p>
      ) : (
        <>
          <p className="muted">
            {t('employer.verification.domain.explain', { domains: isolate(domains.join(', ')) })}
          </p>
          {sentTo ? (
            <Alert tone="success">{t('employer.verification.domain.sent', { email: isolate(sentTo) })}</Alert>
          ) : status === 'pending' ? (
            <Alert tone="info">
              {t('employer.verification.domain.pending', { domain: isolate(domain ?? '') })}
            </Alert>
          ) : null}
          <form
            ref={form.formRef}
            className="form form--compact"
            noValidate
            onSubmit={handleSubmit(onSubmit)}
          >
            <FormAlert message={form.formError} alertRef={form.alertRef} />
            <div className="inline-add">
              <TextField
                label={t('employer.verification.domain.email')}
                hint={t('employer.verification.domain.emailHint')}
                name="email"
                type="email"
                autoComplete="email"
                inputMode="email"
                placeholder={`name@${domains[0] ?? 'example.com'}`}
                value={email}
                error={form.fieldErrors.email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <Button type="submit" variant="secondary" pending={form.pending}>
                {sentTo || status === 'pending'
                  ? t('employer.verification.domain.resend')
                  : t('employer.verification.domain.send')}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
