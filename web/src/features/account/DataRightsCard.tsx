import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAccountData } from '../../api/account';
import { errorMessage } from '../../i18n/errors';
import { downloadJson } from '../../lib/download';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { DeleteAccountDialog } from './DeleteAccountDialog';

/** The right to a copy of one's data, and to erasure. */
export function DataRightsCard() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  const download = async () => {
    setPending(true);
    setError(null);
    try {
      downloadJson(await fetchAccountData(), 'ai-talent-hub-data.json');
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(false);
    }
  };

  return (
    <Card title={t('account.data.title')} description={t('account.data.body')}>
      <div className="stack">
        {error ? <Alert tone="danger">{error}</Alert> : null}
        <div>
          <Button variant="secondary" pending={pending} onClick={() => void download()}>
            {t('account.data.download')}
          </Button>
        </div>
        <div className="danger-zone">
          <p className="danger-zone__title">{t('account.data.delete.heading')}</p>
          <p className="danger-zone__text">{t('account.data.delete.summary')}</p>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            {t('account.data.delete.open')}
          </Button>
        </div>
      </div>
      <DeleteAccountDialog open={deleting} onClose={() => setDeleting(false)} />
    </Card>
  );
}
