import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrganisationPositions } from '../../../api/organisations';
import type { PositionView } from '../../../api/positions';
import { useLoad } from '../../../lib/useLoad';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { Card } from '../../../ui/Card';
import { LoadBoundary } from '../../../ui/LoadBoundary';
import { useOrganisation } from '../organisationContext';
import { ImportJobDialog } from './ImportJobDialog';
import { PositionTable } from './PositionTable';

/** The employer's dashboard: every position of the organisation, with what can be done to each. */
export function PositionsTab() {
  const { t } = useTranslation();
  const { organisation } = useOrganisation();
  const load = useCallback(() => fetchOrganisationPositions(organisation.id), [organisation.id]);
  const positions = useLoad(load);
  const [updates, setUpdates] = useState<Record<string, PositionView>>({});
  const [importing, setImporting] = useState(false);

  return (
    <Card
      title={t('employer.positions.title')}
      description={t('employer.positions.description')}
      actions={
        <div className="button-row">
          <ButtonLink to={`/positions/new?organisation=${encodeURIComponent(organisation.id)}`}>
            {t('employer.positions.new')}
          </ButtonLink>
          <Button variant="secondary" onClick={() => setImporting(true)}>
            {t('employer.positions.import')}
          </Button>
        </div>
      }
    >
      {organisation.verified ? null : (
        <Alert tone="info" className="card__notice">
          {t('employer.positions.unverifiedNote')}
        </Alert>
      )}
      <LoadBoundary state={positions}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t('employer.positions.empty')}</p>
          ) : (
            <PositionTable
              positions={list.map((p) => updates[p.id] ?? p)}
              onChanged={(updated) => setUpdates((u) => ({ ...u, [updated.id]: updated }))}
            />
          )
        }
      </LoadBoundary>
      <ImportJobDialog
        open={importing}
        organisationId={organisation.id}
        onClose={() => setImporting(false)}
        onImported={() => {
          setUpdates({});
          positions.reload();
        }}
      />
    </Card>
  );
}
