import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emailChoiceSchema, type NotificationKind } from '../../../../src/contracts/notifications.js';
import {
  fetchNotificationSettings,
  type NotificationSettingsResponse,
  saveNotificationSettings,
} from '../../api/notifications';
import { errorMessage } from '../../i18n/errors';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { TableScroll } from '../employer/TableScroll';

type Setting = NotificationSettingsResponse['settings'][number];

/** /settings/notifications: per kind, in-app on or off and email off, instant or in a daily digest. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.settings.title'));
  const load = useCallback(() => fetchNotificationSettings(), []);
  const state = useLoad(load);
  return (
    <div className="container page narrow-page">
      <PageHeader title={t('notifications.settings.title')} description={t('notifications.settings.intro')} />
      <LoadBoundary state={state}>{(data) => <SettingsForm initial={data.settings} />}</LoadBoundary>
    </div>
  );
}

function SettingsForm({ initial }: { initial: Setting[] }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState(initial);
  const [pending, setPending] = useState(false);
  // The outcome, not its words: switching language afterwards re-renders it in the new one.
  const [outcome, setOutcome] = useState<{ saved: true } | { error: unknown } | null>(null);

  const change = (kind: NotificationKind, patch: Partial<Setting>) => {
    setOutcome(null);
    setSettings((current) => current.map((s) => (s.kind === kind ? { ...s, ...patch } : s)));
  };

  const save = async () => {
    setPending(true);
    setOutcome(null);
    try {
      const saved = await saveNotificationSettings({
        settings: settings.map(({ kind, inApp, email }) => ({ kind, inApp, email })),
      });
      setSettings(saved.settings);
      setOutcome({ saved: true });
    } catch (caught) {
      setOutcome({ error: caught });
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TableScroll label={t('notifications.settings.tableLabel')}>
        <table className="table settings-table">
          <caption className="visually-hidden">{t('notifications.settings.tableLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('notifications.settings.kind')}</th>
              <th scope="col">{t('notifications.settings.inApp')}</th>
              <th scope="col">{t('notifications.settings.email')}</th>
            </tr>
          </thead>
          <tbody>
            {settings.map((setting) => {
              const name = t(`notifications.kinds.${setting.kind}`);
              return (
                <tr key={setting.kind}>
                  <th scope="row">
                    {name}
                    <span className="settings-table__hint">
                      {t(`notifications.kindHints.${setting.kind}`)}
                    </span>
                  </th>
                  <td>
                    <label className="settings-table__check">
                      <input
                        type="checkbox"
                        checked={setting.inApp}
                        onChange={(e) => change(setting.kind, { inApp: e.target.checked })}
                      />
                      <span className="visually-hidden">
                        {t('notifications.settings.inAppFor', { kind: name })}
                      </span>
                      <span aria-hidden="true">{t('notifications.settings.inAppOn')}</span>
                    </label>
                  </td>
                  <td>
                    <span className="settings-table__phone-label" aria-hidden="true">
                      {t('notifications.settings.email')}
                    </span>
                    <select
                      className="field__input field__select settings-table__select"
                      aria-label={t('notifications.settings.emailFor', { kind: name })}
                      value={setting.email}
                      onChange={(e) => {
                        const email = emailChoiceSchema.safeParse(e.target.value);
                        if (email.success) change(setting.kind, { email: email.data });
                      }}
                    >
                      {emailChoiceSchema.options.map((choice) => (
                        <option key={choice} value={choice}>
                          {t(`notifications.settings.emailChoices.${choice}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {outcome ? (
        <Alert tone={'saved' in outcome ? 'success' : 'danger'} className="page__banner">
          {'saved' in outcome ? t('notifications.settings.saved') : errorMessage(outcome.error, t)}
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" pending={pending}>
          {t('notifications.settings.save')}
        </Button>
      </div>
    </form>
  );
}
