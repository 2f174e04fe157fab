import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CareerModelResponse, fetchCareerModel } from '../../api/career';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { type CareerModelDraft, CareerModelEditor, draftFrom } from './CareerModelEditor';
import { CareerModelHistory } from './CareerModelHistory';

function CareerModelContent({ loaded, reload }: { loaded: CareerModelResponse; reload: () => void }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState(loaded);
  const [draft, setDraft] = useState<CareerModelDraft>(() => draftFrom(loaded.model, loaded.version));
  const [restoring, setRestoring] = useState<number | null>(null);
  // A reload (after a conflict) brings a newer version: the editor starts again from it.
  useEffect(() => {
    setAnswer(loaded);
    setDraft(draftFrom(loaded.model, loaded.version));
    setRestoring(null);
  }, [loaded]);
  return (
    <div className="career-admin">
      <section className="card career-admin__current" aria-labelledby="career-model-current">
        <h2 id="career-model-current" className="card__title">
          {t('career.admin.current', { version: answer.version })}
        </h2>
        <p className="card__description">{answer.note}</p>
      </section>
      {restoring !== null ? (
        <Alert tone="info">{t('career.admin.restoring', { version: restoring })}</Alert>
      ) : null}
      <CareerModelEditor
        draft={draft}
        onDraft={setDraft}
        onReload={reload}
        onSaved={(saved) => {
          setAnswer(saved);
          setDraft(draftFrom(saved.model, saved.version));
          setRestoring(null);
        }}
      />
      <CareerModelHistory
        answer={answer}
        onRestore={(model, version) => {
          setDraft(draftFrom(model, answer.version, t('career.admin.restoreNote', { version })));
          setRestoring(version);
          window.scrollTo({ top: 0 });
        }}
      />
    </div>
  );
}

/** /admin/career-model: the career model in force, its versions, and the editor that saves the next one. */
export function CareerModelPage() {
  const { t } = useTranslation();
  usePageTitle(t('career.admin.title'));
  const load = useCallback(() => fetchCareerModel(), []);
  const state = useLoad(load);
  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('nav.admin')}
        title={t('career.admin.title')}
        description={t('career.admin.intro')}
      />
      <LoadBoundary state={state}>
        {(loaded) => <CareerModelContent loaded={loaded} reload={state.reload} />}
      </LoadBoundary>
    </div>
  );
}
