import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { fetchOrganisation, type OrganisationView } from '../../../../api/organisations';
import { fetchPosition, type PositionView } from '../../../../api/positions';
import { useLoad } from '../../../../lib/useLoad';
import { usePageTitle } from '../../../../lib/usePageTitle';
import { Alert } from '../../../../ui/Alert';
import { ArrowIcon } from '../../../../ui/icons';
import { LoadBoundary } from '../../../../ui/LoadBoundary';
import { isolate } from '../../isolate';
import { PositionEditor } from './PositionEditor';

interface EditorData {
  organisation: OrganisationView;
  position: PositionView | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** /positions/new?organisation=:id and /positions/:id/edit: the same editor, empty or filled. */
export function PositionEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const organisationId = params.get('organisation') ?? '';
  const load = useCallback(async (): Promise<EditorData> => {
    if (id) {
      const position = await fetchPosition(id);
      return { position, organisation: await fetchOrganisation(position.organisation.id) };
    }
    return { position: null, organisation: await fetchOrganisation(organisationId) };
  }, [id, organisationId]);
  const data = useLoad(load);
  usePageTitle(
    id ? (data.data?.position?.title ?? t('employer.editor.editTitle')) : t('employer.editor.newTitle'),
  );

  if (!id && !UUID.test(organisationId)) {
    return (
      <div className="container page narrow">
        <Alert tone="warning" title={t('employer.editor.noOrganisation')}>
          <p>
            <Link to="/organisation">{t('employer.editor.chooseOrganisation')}</Link>
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <div className="container page">
      {data.data ? (
        <p className="back-link">
          <Link to={`/organisation/${data.data.organisation.id}/positions`}>
            <ArrowIcon className="icon-back" />
            {t('employer.editor.back', { organisation: isolate(data.data.organisation.name) })}
          </Link>
        </p>
      ) : null}
      <LoadBoundary state={data}>
        {({ organisation, position }) => (
          <PositionEditor key={position?.id ?? 'new'} organisation={organisation} initial={position} />
        )}
      </LoadBoundary>
    </div>
  );
}
