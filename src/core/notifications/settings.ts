import {
  DEFAULT_NOTIFICATION_SETTINGS,
  type EmailChoice,
  type NotificationKind,
  type NotificationSetting,
  notificationKindSchema,
} from '../../contracts/notifications.js';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = notificationKindSchema.options;

/** Every kind's effective setting: the user's row where there is one, the kind's default otherwise. */
export function effectiveSettings(
  rows: readonly NotificationSetting[],
): Array<NotificationSetting & { isDefault: boolean }> {
  return NOTIFICATION_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return row
      ? { kind, inApp: row.inApp, email: row.email, isDefault: false }
      : { kind, ...DEFAULT_NOTIFICATION_SETTINGS[kind], isDefault: true };
  });
}

/** Kinds the user has turned off in-app: left out of the list and the unread count. */
export function hiddenKinds(rows: readonly NotificationSetting[]): NotificationKind[] {
  return effectiveSettings(rows)
    .filter((s) => !s.inApp)
    .map((s) => s.kind);
}

/** Kinds whose email choice is the given one when the user has not chosen. */
export function kindsDefaultingTo(choice: EmailChoice): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((kind) => DEFAULT_NOTIFICATION_SETTINGS[kind].email === choice);
}

/**
 * Settings rows that turn email off for a scope (one kind or all), keeping in-app as it is: the
 * rows to write for kinds without a row carry the default in-app choice.
 */
export function emailOffRows(
  current: readonly NotificationSetting[],
  scope: NotificationKind | 'all',
): NotificationSetting[] {
  const kinds = scope === 'all' ? NOTIFICATION_KINDS : [scope];
  const effective = effectiveSettings(current);
  return kinds.map((kind) => ({
    kind,
    inApp: effective.find((s) => s.kind === kind)?.inApp ?? true,
    email: 'off' as const,
  }));
}
