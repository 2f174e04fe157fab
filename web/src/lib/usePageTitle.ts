import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(title: string | null): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? t('app.titleTemplate', { page: title }) : t('app.name');
  }, [title, t]);
}
