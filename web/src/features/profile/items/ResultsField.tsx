import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../i18n/errors';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { newResult, type ResultDraft } from './itemDraft';

interface ResultsFieldProps {
  results: ResultDraft[];
  errors: FieldErrors;
  onChange: (results: ResultDraft[]) => void;
}

const MAX_RESULTS = 10;

/** Measured outcomes of a project as metric / value / baseline rows. */
export function ResultsField({ results, errors, onChange }: ResultsFieldProps) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<ResultDraft>) =>
    onChange(results.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <fieldset className="subfields form__wide">
      <legend className="field__label">{t('profile.items.results.legend')}</legend>
      <p className="field__hint">{t('profile.items.results.hint')}</p>
      {errors.results ? <p className="field__error">{errors.results}</p> : null}
      <ol className="result-rows">
        {results.map((result, index) => {
          const n = index + 1;
          return (
            <li key={result.key} className="result-row">
              <fieldset className="result-row__fields">
                <legend className="visually-hidden">{t('profile.items.results.row', { n })}</legend>
                <TextField
                  label={t('profile.items.results.metric')}
                  name={`results.${index}.metric`}
                  value={result.metric}
                  placeholder={t('profile.items.results.metricPlaceholder')}
                  error={errors[`results.${index}.metric`]}
                  onChange={(e) => update(result.key, { metric: e.target.value })}
                />
                <TextField
                  label={t('profile.items.results.value')}
                  name={`results.${index}.value`}
                  value={result.value}
                  error={errors[`results.${index}.value`]}
                  onChange={(e) => update(result.key, { value: e.target.value })}
                />
                <TextField
                  label={t('profile.items.results.baseline')}
                  name={`results.${index}.baseline`}
                  value={result.baseline}
                  error={errors[`results.${index}.baseline`]}
                  onChange={(e) => update(result.key, { baseline: e.target.value })}
                />
              </fieldset>
              <Button
                variant="ghost"
                size="sm"
                className="result-row__remove"
                aria-label={t('profile.items.results.removeLabel', { n })}
                onClick={() => onChange(results.filter((r) => r.key !== result.key))}
              >
                {t('profile.remove')}
              </Button>
            </li>
          );
        })}
      </ol>
      {results.length < MAX_RESULTS ? (
        <Button variant="secondary" size="sm" onClick={() => onChange([...results, newResult()])}>
          {t('profile.items.results.add')}
        </Button>
      ) : null}
    </fieldset>
  );
}
