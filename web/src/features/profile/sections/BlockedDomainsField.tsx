import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visibilitySettingsSchema } from '../../../../../src/contracts/profile.js';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { ChipList } from './ChipList';

interface BlockedDomainsFieldProps {
  value: string[];
  error?: string;
  onChange: (value: string[]) => void;
}

const domainSchema = visibilitySettingsSchema.shape.blockedDomains.element;
const MAX_DOMAINS = 50;

/** Employer domains that never see the profile, whatever the visibility. */
export function BlockedDomainsField({ value, error, onChange }: BlockedDomainsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | undefined>();

  const add = () => {
    // People paste addresses and links; keep just the domain.
    const cleaned = draft
      .trim()
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/^[^@]*@/, '')
      .replace(/^www\./i, '')
      .replace(/[/?#].*$/, '');
    const parsed = domainSchema.safeParse(cleaned);
    if (!parsed.success) {
      setDraftError(t('validation.domain'));
      return;
    }
    setDraftError(undefined);
    if (!value.includes(parsed.data) && value.length < MAX_DOMAINS) onChange([...value, parsed.data]);
    setDraft('');
  };

  return (
    <fieldset className="subfields">
      <legend className="field__label">{t('profile.visibility.blocked.legend')}</legend>
      <p className="field__hint">{t('profile.visibility.blocked.hint')}</p>
      {value.length === 0 ? <p className="muted">{t('profile.visibility.blocked.none')}</p> : null}
      <ChipList
        label={t('profile.visibility.blocked.listLabel')}
        chips={value.map((domain) => ({ value: domain, text: domain }))}
        removeLabel={(domain) => t('profile.visibility.blocked.remove', { domain })}
        onRemove={(domain) => onChange(value.filter((d) => d !== domain))}
      />
      <div className="inline-add">
        <TextField
          id={`${id}-domain`}
          label={t('profile.visibility.blocked.add')}
          name="blockedDomains"
          dir="ltr"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="example.com"
          value={draft}
          error={draftError ?? error}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the domain here instead of saving the whole card.
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button variant="secondary" onClick={add}>
          {t('profile.add')}
        </Button>
      </div>
    </fieldset>
  );
}
