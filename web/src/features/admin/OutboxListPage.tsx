import { useTranslation } from 'react-i18next';
import { fetchOutbox } from '../../api/admin';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Button } from '../../ui/Button';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { OutboxList } from './OutboxList';

export function OutboxListPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.outbox.title'));
  const outbox = useLoad(fetchOutbox);
  return (
    <div className="container page">
      <PageHeader
        eyebrow={t('admin.eyebrow')}
        title={t('admin.outbox.title')}
        description={t('admin.outbox.intro')}
        actions={
          <Button variant="secondary" onClick={outbox.reload}>
            {t('admin.outbox.refresh')}
          </Button>
        }
      />
      <LoadBoundary state={outbox}>{(messages) => <OutboxList messages={messages} />}</LoadBoundary>
    </div>
  );
}
