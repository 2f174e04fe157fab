import { useTranslation } from 'react-i18next';
import type { Session } from '../../../../src/contracts/auth.js';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { describeUserAgent } from './device';

interface SessionItemProps {
  session: Session;
  revoking: boolean;
  onRevoke: () => void;
}

export function SessionItem({ session, revoking, onRevoke }: SessionItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { browser, os } = describeUserAgent(session.userAgent);
  const device =
    browser && os
      ? t('account.sessions.deviceOn', { browser, os })
      : (browser ?? os ?? t('account.sessions.unknownDevice'));

  return (
    <li className="session">
      <div className="session__main">
        <p className="session__device">
          <span>{device}</span>
          {session.current ? <Badge tone="accent">{t('account.sessions.thisDevice')}</Badge> : null}
        </p>
        <p className="session__meta">
          {t('account.sessions.lastActive', { date: format.dateTime(session.lastSeenAt) })}
          {' · '}
          {t('account.sessions.signedIn', { date: format.dateTime(session.createdAt) })}
        </p>
        <p className="session__meta">
          {session.ip ? (
            <>
              {t('account.sessions.ip')} <span className="ltr-value">{session.ip}</span>
              {' · '}
            </>
          ) : null}
          {t('account.sessions.expires', { date: format.dateTime(session.expiresAt) })}
        </p>
      </div>
      {session.current ? null : (
        <Button
          variant="danger"
          size="sm"
          pending={revoking}
          onClick={onRevoke}
          aria-label={t('account.sessions.revokeLabel', {
            device,
            date: format.dateTime(session.lastSeenAt),
          })}
        >
          {t('account.sessions.revoke')}
        </Button>
      )}
    </li>
  );
}
