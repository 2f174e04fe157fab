import { useTranslation } from 'react-i18next';
import { SECTION_ANCHORS } from './sectionAnchors';

const SECTIONS = [
  'basics',
  'skills',
  'project',
  'role',
  'education',
  'certification',
  'publication',
  'goals',
  'visibility',
] as const;

/** In-page links to each card of the editor. */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav className="section-nav" aria-label={t('profile.sectionNav.label')}>
      <p className="section-nav__title" aria-hidden="true">
        {t('profile.sectionNav.label')}
      </p>
      <ul className="section-nav__list">
        {SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#${SECTION_ANCHORS[section]}`} className="section-nav__link">
              {t(`profile.sectionNav.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
