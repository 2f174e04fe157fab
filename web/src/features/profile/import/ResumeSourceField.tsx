import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../../../lib/cx';
import { TextAreaField } from '../../../ui/TextAreaField';

interface ResumeSourceFieldProps {
  fileName: string | null;
  paste: string;
  error?: string;
  onFile: (file: File | null) => void;
  onPaste: (text: string) => void;
}

/** A JSON Resume as a file, or pasted; the most recent of the two is the one used. */
export function ResumeSourceField({ fileName, paste, error, onFile, onPaste }: ResumeSourceFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className={cx('subfields', error && 'subfields--invalid')}>
      <legend className="field__label">{t('profile.import.sourceLegend')}</legend>
      <div className={cx('field', error && 'field--invalid')}>
        <label htmlFor={`${id}-file`} className="field__label">
          {t('profile.import.file')}
        </label>
        <p id={`${id}-file-hint`} className="field__hint">
          {t('profile.import.fileHint')}
        </p>
        {/* The native control stays focusable and labelled; only its untranslatable button text is replaced. */}
        <div className="file-picker">
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".json,application/json"
            className="file-picker__input"
            aria-describedby={cx(`${id}-file-hint`, `${id}-file-name`, error && `${id}-error`)}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          />
          <label
            htmlFor={`${id}-file`}
            className="btn btn--secondary btn--sm file-picker__button"
            aria-hidden="true"
          >
            {t('profile.import.chooseFile')}
          </label>
          <span id={`${id}-file-name`} className="file-picker__name">
            {fileName ? t('profile.import.fileChosen', { name: fileName }) : t('profile.import.noFile')}
          </span>
        </div>
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
      <p className="or-divider">
        <span>{t('profile.import.or')}</span>
      </p>
      <TextAreaField
        label={t('profile.import.paste')}
        hint={t('profile.import.pasteHint')}
        name="paste"
        rows={6}
        dir="ltr"
        spellCheck={false}
        className="field__input field__textarea field__textarea--code"
        value={paste}
        onChange={(e) => onPaste(e.target.value)}
      />
    </fieldset>
  );
}
