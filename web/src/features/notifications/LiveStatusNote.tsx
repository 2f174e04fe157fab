import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { type LiveStatus, useLive } from './liveContext';

/** When live updates have given up: says so, and offers a refresh and a reconnect instead. */
export function LiveStatusNote({ status, onRefresh }: { status: LiveStatus; onRefresh: () => void }) {
  const { t } = useTranslation();
  const { reconnect } = useLive();
  if (status !== 'failed') return null;
  return (
    <Alert
      tone="warning"
      className="page__banner"
      actions={
        <div className="button-row button-row--tight">
          <Button size="sm" variant="secondary" onClick={onRefresh}>
            {t('live.refresh')}
          </Button>
          <Button size="sm" variant="ghost" onClick={reconnect}>
            {t('live.reconnect')}
          </Button>
        </div>
      }
    >
      {t('live.failed')}
    </Alert>
  );
}
