import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainSchema } from '../../../../src/contracts/organisations.js';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ChipList } from '../profile/sections/ChipList';
import { isolate } from './isolate';
import { splitDomains } from './organisationDraft';

interface EmailDomainsFieldProps {
  value: string[];
  error?: string;
  onChange: (value: string[]) => void;
}

const MAX_DOMAINS = 5;

/**
 * The domains of the organisation's work email, as chips: type one or several (comma-separated) and
 * press Enter or Add. The first is the primary domain.
 */
export function EmailDomainsField({ value, error, onChange }: EmailDomainsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();

  const add = (text = draft) => {
    const typed = splitDomains(text);
    if (typed.length === 0) return;
    const invalid = typed.find((domain) => !domainSchema.safeParse(domain).success);
    if (invalid) {
      setDraftError(t('employer.form.domains.invalid', { domain: isolate(invalid) }));
      return;
    }
    const next = [...value];
    for (const domain of typed) if (!next.includes(domain)) next.push(domain);
    if (next.length > MAX_DOMAINS) {
      setDraftError(t('employer.form.domains.tooMany', { max: MAX_DOMAINS }));
      return;
    }
    setDraftError(undefined);
    onChange(next);
    setDraft('');
  };

  return (
    <fieldset className="subfields form__wide">
      <legend className="field__label">{t('employer.form.domains.legend')}</legend>
      <p className="field__hint">{t('employer.form.domains.hint')}</p>
      <ChipList
        label={t('employer.form.domains.chosen')}
        chips={value.map((domain, index) => ({
          value: domain,
          text: index === 0 ? t('employer.form.domains.primary', { domain: isolate(domain) }) : domain,
        }))}
        removeLabel={(domain) => t('employer.form.domains.remove', { domain })}
        onRemove={(domain) => onChange(value.filter((d) => d !== domain))}
      />
      <div className="inline-add">
        <TextField
          id={`${id}-domain`}
          label={t('employer.form.domains.add')}
          name="emailDomains"
          dir="ltr"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="example.com"
          value={draft}
          error={draftError ?? error}
          onChange={(e) => {
            setDraft(e.target.value);
            // A comma finishes a domain, as in most tag inputs.
            if (e.target.value.endsWith(',')) add(e.target.value);
          }}
          onBlur={() => add()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button variant="secondary" onClick={() => add()}>
          {t('profile.add')}
        </Button>
      </div>
    </fieldset>
  );
}
