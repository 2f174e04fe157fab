import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/errors';
import { importJob, type JobImportResult } from '../../../api/positions';
import { errorMessage, fieldIssueMessage } from '../../../i18n/errors';
import { handleSubmit } from '../../../lib/handleSubmit';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormActions } from '../../../ui/FormActions';
import { TextAreaField } from '../../../ui/TextAreaField';
import { parseResume, type ReadResult, readResumeFile } from '../../profile/import/readResume';
import { isolate } from '../isolate';

interface ImportJobDialogProps {
  open: boolean;
  organisationId: string;
  onClose: () => void;
  onImported: () => void;
}

/** A JSON Resume job document, uploaded or pasted, becomes a draft position with a report. */
export function ImportJobDialog({ open, organisationId, onClose, onImported }: ImportJobDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('employer.import.title')} onClose={onClose}>
      {open ? (
        <ImportJobForm organisationId={organisationId} onClose={onClose} onImported={onImported} />
      ) : null}
    </Dialog>
  );
}

interface Failure {
  message: string;
  problems: { path: string; message: string }[];
}

function ImportJobForm({ organisationId, onClose, onImported }: Omit<ImportJobDialogProps, 'open'>) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<{ name: string; read: ReadResult } | null>(null);
  const [paste, setPaste] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<JobImportResult | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const fail = (next: Failure) => {
    setFailure(next);
    // Let the alert render before moving focus to it.
    window.requestAnimationFrame(() => failureRef.current?.focus());
  };

  const onSubmit = async () => {
    const read = paste.trim() !== '' ? parseResume(paste) : file?.read;
    if (!read) return fail({ message: t('employer.import.problems.empty'), problems: [] });
    if (!read.ok) return fail({ message: t(`employer.import.problems.${read.reason}`), problems: [] });
    setPending(true);
    setFailure(null);
    try {
      const imported = await importJob(organisationId, read.resume);
      setResult(imported);
      onImported();
      window.requestAnimationFrame(() => resultRef.current?.focus());
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed') {
        fail({
          message: t('employer.import.problems.invalid'),
          problems: (error.problem.errors ?? []).map((issue) => ({
            path: issue.path.replace(/^job\.?/, '') || t('employer.import.wholeFile'),
            message: fieldIssueMessage(issue, t),
          })),
        });
      } else fail({ message: errorMessage(error, t), problems: [] });
    } finally {
      setPending(false);
    }
  };

  if (result) {
    const { position, report } = result;
    return (
      <div className="stack">
        <Alert tone="success" ref={resultRef} title={t('employer.import.doneTitle')}>
          <p>{t('employer.import.done', { title: isolate(position.title) })}</p>
        </Alert>
        {report.assumed.length > 0 ? (
          <section aria-labelledby={`${id}-assumed`}>
            <h3 id={`${id}-assumed`} className="subheading">
              {t('employer.import.assumed', { count: report.assumed.length })}
            </h3>
            <p className="muted">{t('employer.import.assumedHint')}</p>
            <ul className="problem-list">
              {report.assumed.map((item) => (
                <li key={`${item.path}-${item.reason}`}>
                  <code className="ltr-value">{item.path}</code>: {item.reason}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {report.dropped.length > 0 ? (
          <section aria-labelledby={`${id}-dropped`}>
            <h3 id={`${id}-dropped`} className="subheading">
              {t('employer.import.dropped', { count: report.dropped.length })}
            </h3>
            <ul className="problem-list">
              {report.dropped.map((item) => (
                <li key={`${item.path}-${item.reason}`}>
                  <code className="ltr-value">{item.path}</code>: {item.reason}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {report.unmatchedSkills.length > 0 ? (
          <section aria-labelledby={`${id}-unmatched`}>
            <h3 id={`${id}-unmatched`} className="subheading">
              {t('employer.import.unmatched', { count: report.unmatchedSkills.length })}
            </h3>
            <p className="muted">{t('employer.import.unmatchedHint')}</p>
            <ul className="chips chips--static">
              {report.unmatchedSkills.map((skill) => (
                <li key={skill} className="chip">
                  {skill}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <div className="form__actions">
          <Link to={`/positions/${position.id}/edit`} className="btn btn--primary">
            {t('employer.import.edit')}
          </Link>
          <Button variant="ghost" onClick={onClose}>
            {t('employer.import.close')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <p className="muted">{t('employer.import.intro')}</p>
      {failure ? (
        <Alert tone="danger" ref={failureRef} title={failure.message}>
          {failure.problems.length > 0 ? (
            <ul className="problem-list">
              {failure.problems.map((p) => (
                <li key={`${p.path}-${p.message}`}>
                  <code className="ltr-value">{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-file`} className="field__label">
          {t('employer.import.file')}
        </label>
        <p id={`${id}-file-hint`} className="field__hint">
          {t('employer.import.fileHint')}
        </p>
        <div className="file-picker">
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".json,application/json"
            className="file-picker__input"
            aria-describedby={`${id}-file-hint ${id}-file-name`}
            onChange={async (e) => {
              const chosen = e.target.files?.[0];
              setFailure(null);
              if (!chosen) return setFile(null);
              setFile({ name: chosen.name, read: await readResumeFile(chosen) });
              setPaste('');
            }}
          />
          <label
            htmlFor={`${id}-file`}
            className="btn btn--secondary btn--sm file-picker__button"
            aria-hidden="true"
          >
            {t('profile.import.chooseFile')}
          </label>
          <span id={`${id}-file-name`} className="file-picker__name">
            {file ? t('profile.import.fileChosen', { name: file.name }) : t('profile.import.noFile')}
          </span>
        </div>
      </div>
      <p className="or-divider">
        <span>{t('profile.import.or')}</span>
      </p>
      <TextAreaField
        label={t('employer.import.paste')}
        hint={t('employer.import.pasteHint')}
        name="paste"
        rows={6}
        dir="ltr"
        spellCheck={false}
        className="field__input field__textarea field__textarea--code"
        value={paste}
        onChange={(e) => {
          setPaste(e.target.value);
          setFailure(null);
        }}
      />
      <FormActions submit={t('employer.import.submit')} pending={pending} onCancel={onClose} />
    </form>
  );
}
