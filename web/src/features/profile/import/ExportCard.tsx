import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportJsonResume } from '../../../api/profile';
import { errorMessage } from '../../../i18n/errors';
import { downloadJson } from '../../../lib/download';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';

export function ExportCard() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    setPending(true);
    setError(null);
    try {
      downloadJson(await exportJsonResume(), 'resume.json');
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(false);
    }
  };

  return (
    <Card title={t('profile.export.title')} description={t('profile.export.description')}>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <Button variant="secondary" pending={pending} onClick={() => void download()}>
        {t('profile.export.download')}
      </Button>
    </Card>
  );
}
