import type { TFunction } from 'i18next';
import { stageSchema } from '../../../../src/contracts/pipeline.js';
import type { NotificationView } from '../../api/notifications';
import { isolate } from '../employer/isolate';

function text(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

/**
 * A notification in the reader's language, built from its payload's codes and titles (the API stores
 * no sentences). Titles and names are isolated, as they may be written in the other script.
 */
export function notificationText(notification: NotificationView, t: TFunction): string {
  const p = notification.payload;
  const position = isolate(text(p, 'positionTitle') || t('notifications.aPosition'));
  const organisation = isolate(text(p, 'organisationName') || t('notifications.anOrganisation'));
  switch (notification.kind) {
    case 'stage_change': {
      const to = stageSchema.safeParse(p.to);
      if (text(p, 'closedReason') === 'rejected')
        return t('notifications.text.rejected', { position, organisation });
      if (text(p, 'closedReason') === 'withdrawn') return t('notifications.text.withdrawn', { position });
      return to.success
        ? t('notifications.text.stage_change', { position, stage: t(`pipeline.stages.${to.data}`) })
        : t('notifications.text.stage_changeBare', { position });
    }
    case 'introduction_request':
      if (p.status !== 'cancelled')
        return t('notifications.text.introduction_request', { position, organisation });
      return p.because === 'position_closed'
        ? t('notifications.text.introductionWithdrawnClosed', { position, organisation })
        : t('notifications.text.introductionWithdrawn', { position, organisation });
    case 'introduction_answer':
      return p.answer === 'accepted'
        ? t('notifications.text.introductionAccepted', { position })
        : t('notifications.text.introductionDeclined', { position });
    case 'message': {
      const sender = text(p, 'senderName');
      return sender
        ? t('notifications.text.messageFrom', { sender: isolate(sender), position })
        : t('notifications.text.message', { position });
    }
    case 'offer':
      if (p.status === 'accepted') return t('notifications.text.offerAccepted', { position });
      if (p.status === 'declined') return t('notifications.text.offerDeclined', { position });
      return t('notifications.text.offer', { position, organisation });
    default:
      return t(`notifications.text.${notification.kind}`, { position, organisation });
  }
}
