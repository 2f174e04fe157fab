import { useTranslation } from 'react-i18next';
import en from '../../../i18n/en.json';

type Category = keyof (typeof en)['profile']['skills']['categories'];

function isCategory(value: string): value is Category {
  return Object.hasOwn(en.profile.skills.categories, value);
}

/** The translated name of a taxonomy category; nothing for categories the interface does not know. */
export function useCategoryLabel(): (category: string) => string | null {
  const { t } = useTranslation();
  return (category) => (isCategory(category) ? t(`profile.skills.categories.${category}`) : null);
}
