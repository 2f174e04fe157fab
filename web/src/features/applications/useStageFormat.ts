import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src/contracts/pipeline.js';
import { useFormatters } from '../../lib/format';

const TONES: Record<Stage, 'neutral' | 'info' | 'accent' | 'success' | 'warning'> = {
  sourced: 'neutral',
  applied: 'info',
  screening: 'info',
  interviewing: 'accent',
  offer: 'warning',
  hired: 'success',
  closed: 'neutral',
};

/** A stage's badge tone. */
export function stageTone(stage: Stage) {
  return TONES[stage];
}

/** Hours as "5 hours" or "3.5 days"; response times read better in days once past two. */
export function useDurationText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (hours: number) => {
    if (hours < 48)
      return t('applications.hours', { count: Math.round(hours), value: format.number(Math.round(hours)) });
    const days = Math.round((hours / 24) * 10) / 10;
    return t('applications.days', { count: days, value: format.number(days) });
  };
}
