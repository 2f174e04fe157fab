import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProfile } from '../../api/profile';
import { useLoad } from '../../lib/useLoad';
import { Button } from '../../ui/Button';
import { ButtonLink } from '../../ui/ButtonLink';
import { SparkIcon } from '../../ui/icons';
import { SECTION_ANCHORS } from '../profile/sectionAnchors';

/**
 * No matches. With filters on, the way out is fewer filters; without, a profile with no skills
 * cannot match anything, so the way out is the profile's skills; otherwise, completing it helps.
 */
export function NoMatches({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  const load = useCallback(() => fetchProfile(), []);
  const profile = useLoad(load);
  if (filtered) {
    return (
      <div className="card empty-state">
        <p>{t('matching.empty.filtered')}</p>
        <Button variant="secondary" size="sm" onClick={onClear}>
          {t('jobs.filters.clear')}
        </Button>
      </div>
    );
  }
  const noSkills = profile.status === 'ready' && profile.data.skills.length === 0;
  return (
    <div className="card empty-state">
      <SparkIcon className="empty-state__icon" />
      <p>{noSkills ? t('matching.empty.noSkills') : t('matching.empty.none')}</p>
      <ButtonLink to={noSkills ? `/profile#${SECTION_ANCHORS.skills}` : '/profile'} size="sm">
        {noSkills ? t('matching.empty.addSkills') : t('matching.empty.improveProfile')}
      </ButtonLink>
    </div>
  );
}
