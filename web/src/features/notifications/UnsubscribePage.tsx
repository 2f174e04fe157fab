import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/errors';
import { unsubscribe } from '../../api/notifications';
import { errorMessage } from '../../i18n/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { spendOnce, useTokenLink } from '../../lib/useTokenLink';
import { Alert } from '../../ui/Alert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';

const spend = spendOnce(unsubscribe);

/**
 * The problem's own message, in the reader's language: the API tells a forged link from an expired or
 * an already used one only in its detail, so that is what is matched here.
 */
function tokenProblem(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError) || error.code !== 'invalid_token') return errorMessage(error, t);
  const detail = error.problem.detail ?? '';
  if (/expired/i.test(detail)) return t('notifications.unsubscribe.expired');
  if (/already been used/i.test(detail)) return t('notifications.unsubscribe.used');
  return t('notifications.unsubscribe.forged');
}

/** /unsubscribe?token=…: the landing page of an email's unsubscribe link; works signed out. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.unsubscribe.title'));
  const state = useTokenLink(spend);
  return (
    <div className="container page narrow-page">
      <PageHeader title={t('notifications.unsubscribe.title')} />
      {state.status === 'pending' ? <LoadingState label={t('notifications.unsubscribe.pending')} /> : null}
      {state.status === 'confirmed' ? (
        <Alert tone="success" title={t('notifications.unsubscribe.done')}>
          <p>
            {state.result.scope === 'all'
              ? t('notifications.unsubscribe.doneAll')
              : t('notifications.unsubscribe.doneKind', {
                  kind: t(`notifications.kinds.${state.result.scope}`),
                })}
          </p>
          <p>
            <Link to="/settings/notifications">{t('notifications.unsubscribe.settings')}</Link>
          </p>
        </Alert>
      ) : null}
      {state.status === 'failed' ? (
        <Alert tone="danger" title={t('notifications.unsubscribe.failed')}>
          <p>
            {state.error === null ? t('notifications.unsubscribe.noToken') : tokenProblem(state.error, t)}
          </p>
          <p>
            <Link to="/settings/notifications">{t('notifications.unsubscribe.settings')}</Link>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}
