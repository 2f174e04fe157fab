import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../../ui/TextAreaField';
import { MarkdownHtml } from './MarkdownHtml';
import type { MarkdownPreview } from './useMarkdownPreview';

interface DescriptionFieldProps {
  value: string;
  preview: MarkdownPreview;
  error?: string;
  onChange: (value: string) => void;
}

/** Markdown on one side, the rendered result beside it (below it on phones), updated as you pause. */
export function DescriptionField({ value, preview, error, onChange }: DescriptionFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="markdown-editor">
      <TextAreaField
        label={t('employer.editor.description.label')}
        hint={t('employer.editor.description.hint')}
        name="description"
        dir="auto"
        rows={14}
        maxLength={20_000}
        value={value}
        error={error}
        onChange={(e) => onChange(e.target.value)}
        required
      />
      <section
        className="markdown-editor__preview"
        aria-labelledby={`${id}-preview`}
        aria-busy={preview.status === 'loading'}
      >
        <h3 id={`${id}-preview`} className="markdown-editor__title">
          {t('employer.editor.description.preview')}
        </h3>
        {preview.status === 'error' ? (
          <p className="inline-error">{t('employer.editor.description.previewError')}</p>
        ) : null}
        {preview.html ? (
          <MarkdownHtml html={preview.html} />
        ) : (
          <p className="muted">{t('employer.editor.description.previewEmpty')}</p>
        )}
      </section>
    </div>
  );
}
