import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonResumeImportResult } from '../../../../../src/contracts/profile.js';
import { ApiError } from '../../../api/errors';
import { type ImportMode, importJsonResume } from '../../../api/profile';
import { errorMessage, fieldIssueMessage } from '../../../i18n/errors';
import { handleSubmit } from '../../../lib/handleSubmit';
import { usePageTitle } from '../../../lib/usePageTitle';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { PageHeader } from '../../../ui/PageHeader';
import { RadioCards } from '../../../ui/RadioCards';
import { ProfileTabs } from '../ProfileTabs';
import { ExportCard } from './ExportCard';
import { ImportResultCard } from './ImportResultCard';
import { ResumeSourceField } from './ResumeSourceField';
import { parseResume, type ReadResult, readResumeFile } from './readResume';

interface Failure {
  message: string;
  problems: { path: string; message: string }[];
}

type Step =
  | { kind: 'edit' }
  | { kind: 'preview'; result: JsonResumeImportResult; resume: unknown; mode: ImportMode }
  | { kind: 'done'; result: JsonResumeImportResult };

export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.import.title'));
  const [file, setFile] = useState<{ name: string; read: ReadResult } | null>(null);
  const [paste, setPaste] = useState('');
  const [sourceError, setSourceError] = useState<string | undefined>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [step, setStep] = useState<Step>({ kind: 'edit' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // Each step's outcome is where keyboard and screen-reader users should land.
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);
  useEffect(() => {
    if (step.kind !== 'edit') resultRef.current?.focus();
  }, [step]);

  const reasonMessage = (reason: Exclude<ReadResult, { ok: true }>['reason']) =>
    t(`profile.import.problems.${reason}`);

  const describe = (error: unknown): Failure => {
    if (error instanceof ApiError && error.code === 'body_too_large') {
      return { message: t('profile.import.problems.too_large'), problems: [] };
    }
    if (error instanceof ApiError && error.code === 'validation_failed') {
      const problems = (error.problem.errors ?? []).map((issue) => ({
        path: issue.path.replace(/^resume\.?/, '') || t('profile.import.wholeFile'),
        message: fieldIssueMessage(issue, t),
      }));
      return { message: t('profile.import.problems.invalid'), problems };
    }
    return { message: errorMessage(error, t), problems: [] };
  };

  const run = async (resume: unknown, runMode: ImportMode, dryRun: boolean) => {
    setPending(true);
    setFailure(null);
    try {
      const result = await importJsonResume(resume, runMode, dryRun);
      setStep(dryRun ? { kind: 'preview', result, resume, mode: runMode } : { kind: 'done', result });
    } catch (error) {
      setFailure(describe(error));
    } finally {
      setPending(false);
    }
  };

  const onPreview = () => {
    const read = paste.trim() !== '' ? parseResume(paste) : file?.read;
    if (!read) {
      setSourceError(t('profile.import.problems.empty'));
      formRef.current?.querySelector<HTMLElement>('input[type="file"]')?.focus();
      return Promise.resolve();
    }
    if (!read.ok) {
      setSourceError(reasonMessage(read.reason));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return Promise.resolve();
    }
    setSourceError(undefined);
    return run(read.resume, mode, true);
  };

  const onFile = async (chosen: File | null) => {
    setStep({ kind: 'edit' });
    setFailure(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    const read = await readResumeFile(chosen);
    setFile({ name: chosen.name, read });
    setPaste('');
    setSourceError(read.ok ? undefined : reasonMessage(read.reason));
  };

  return (
    <div className="container page">
      <PageHeader title={t('profile.import.title')} description={t('profile.import.intro')} />
      <ProfileTabs />
      <div className="import-layout">
        <div className="stack stack--gap-6">
          <Card title={t('profile.import.cardTitle')} description={t('profile.import.cardDescription')}>
            <form ref={formRef} className="form" noValidate onSubmit={handleSubmit(onPreview)}>
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
              <ResumeSourceField
                fileName={file?.name ?? null}
                paste={paste}
                error={sourceError}
                onFile={(chosen) => void onFile(chosen)}
                onPaste={(text) => {
                  setPaste(text);
                  setSourceError(undefined);
                  setStep({ kind: 'edit' });
                }}
              />
              <RadioCards
                legend={t('profile.import.modeLegend')}
                name="mode"
                value={mode}
                stacked
                onChange={(next) => {
                  setMode(next);
                  // A preview is only good for the mode it was made with.
                  if (step.kind === 'preview') setStep({ kind: 'edit' });
                }}
                options={(['merge', 'replace'] as const).map((value) => ({
                  value,
                  label: t(`profile.import.modes.${value}.label`),
                  description: t(`profile.import.modes.${value}.description`),
                }))}
              />
              <div className="form__actions">
                <Button type="submit" pending={pending && step.kind === 'edit'}>
                  {t('profile.import.preview')}
                </Button>
              </div>
            </form>
          </Card>

          {step.kind === 'preview' ? (
            <ImportResultCard
              applied={false}
              result={step.result}
              mode={step.mode}
              headingRef={resultRef}
              pending={pending}
              onApply={() => void run(step.resume, step.mode, false)}
              onCancel={() => setStep({ kind: 'edit' })}
            />
          ) : null}
          {step.kind === 'done' ? (
            <ImportResultCard applied result={step.result} headingRef={resultRef} />
          ) : null}
        </div>
        <ExportCard />
      </div>
    </div>
  );
}
