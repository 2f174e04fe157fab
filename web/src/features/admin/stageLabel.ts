import type { TFunction } from 'i18next';
import en from '../../i18n/en.json';

type StageKey = keyof (typeof en)['admin']['stages'];

/** Known career stages are translated; anything new from the server is shown readably rather than hidden. */
export function stageLabel(stage: string, t: TFunction): string {
  if (Object.hasOwn(en.admin.stages, stage)) return t(`admin.stages.${stage as StageKey}`);
  const words = stage.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
