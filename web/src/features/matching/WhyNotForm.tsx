import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { handleSubmit } from '../../lib/handleSubmit';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { parsePositionReference } from './matchQuery';

interface WhyNotFormProps {
  /** What the field starts with (the position asked about on the explanation page). */
  initial?: string;
  /** The field's label is the heading on the matches page, and a plain label on the explanation page. */
  compact?: boolean;
}

/**
 * A job page link as an example, isolated left to right and with non-breaking hyphens: broken at a
 * hyphen, its first half ended in a hyphen beside the Arabic word before it, which an Arabic
 * reader meets first ("مثلًا -https://…"). Unbroken, it takes a line of its own when it must.
 */
const EXAMPLE_LINK = '\u2066https://…/jobs/ml\u2011engineer\u20111a2b3c4d\u2069';

/** "Why not?": a job link or position id in, the explanation page out (its URL can be shared). */
export function WhyNotForm({ initial = '', compact = false }: WhyNotFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setValue(initial), [initial]);

  const submit = async () => {
    const reference = parsePositionReference(value);
    if (!reference) {
      setError(t('matching.whyNot.invalid'));
      input.current?.focus();
      return;
    }
    setError(undefined);
    const query =
      reference.kind === 'id'
        ? `positionId=${encodeURIComponent(reference.id)}`
        : `job=${encodeURIComponent(reference.slug)}`;
    navigate(`/matches/explain?${query}`, { state: { asked: true } });
  };

  return (
    <form
      className={compact ? 'why-not-form why-not-form--compact' : 'why-not-form'}
      noValidate
      onSubmit={handleSubmit(submit)}
    >
      <TextField
        ref={input}
        label={t('matching.whyNot.field')}
        hint={t('matching.whyNot.hint', { example: EXAMPLE_LINK })}
        name="position"
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        maxLength={300}
        value={value}
        error={error}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button type="submit" variant="secondary">
        {t('matching.whyNot.submit')}
      </Button>
    </form>
  );
}
