import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSessions, revokeSession } from '../../api/auth';
import { errorMessage } from '../../i18n/errors';
import { useLoad } from '../../lib/useLoad';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { LoadingState } from '../../ui/LoadingState';
import { SessionItem } from './SessionItem';

export function SessionsCard() {
  const { t } = useTranslation();
  const sessions = useLoad(listSessions);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);

  const revoke = async (id: string) => {
    setRevoking(id);
    setNotice(null);
    try {
      await revokeSession(id);
      setNotice({ tone: 'success', text: t('account.sessions.revoked') });
      sessions.reload();
    } catch (error) {
      setNotice({ tone: 'danger', text: errorMessage(error, t) });
    } finally {
      setRevoking(null);
    }
  };

  return (
    <Card title={t('account.sessions.title')} description={t('account.sessions.body')}>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {sessions.status === 'loading' ? <LoadingState /> : null}
      {sessions.status === 'error' ? (
        <Alert
          tone="danger"
          actions={
            <Button variant="secondary" size="sm" onClick={sessions.reload}>
              {t('app.retry')}
            </Button>
          }
        >
          {errorMessage(sessions.error, t)}
        </Alert>
      ) : null}
      {sessions.status === 'ready' ? (
        <ul className="session-list">
          {[...sessions.data]
            .sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt))
            .map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                revoking={revoking === session.id}
                onRevoke={() => void revoke(session.id)}
              />
            ))}
        </ul>
      ) : null}
    </Card>
  );
}
