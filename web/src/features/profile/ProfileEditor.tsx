import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { Profile, ProfileItemKind } from '../../../../src/contracts/profile.js';
import { fetchCompleteness, fetchProfile } from '../../api/profile';
import { useLoad } from '../../lib/useLoad';
import { CompletenessCard } from './CompletenessCard';
import { ItemsSection } from './items/ItemsSection';
import { SectionNav } from './SectionNav';
import { BasicsCard } from './sections/BasicsCard';
import { GoalsCard } from './sections/GoalsCard';
import { VisibilityCard } from './sections/VisibilityCard';
import { SkillsCard } from './skills/SkillsCard';

const ITEM_KINDS: readonly ProfileItemKind[] = [
  'project',
  'role',
  'education',
  'certification',
  'publication',
];

/** Every section of the profile, each saved on its own; the completeness score follows each save. */
export function ProfileEditor({ initial }: { initial: Profile }) {
  const [profile, setProfile] = useState(initial);
  const completeness = useLoad(fetchCompleteness);
  const { reload } = completeness;
  const { hash } = useLocation();

  // Links such as /profile#skills arrive before the cards exist; follow them once they do.
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash]);

  const onSaved = useCallback(
    (saved: Profile) => {
      setProfile(saved);
      reload();
    },
    [reload],
  );

  const refresh = useCallback(async () => {
    try {
      onSaved(await fetchProfile());
    } catch {
      // The change itself was saved; the page simply shows the older copy until the next load.
    }
  }, [onSaved]);

  return (
    <div className="profile-editor">
      {completeness.status === 'ready' ? <CompletenessCard completeness={completeness.data} /> : null}
      <div className="profile-layout">
        <SectionNav />
        <div className="stack stack--gap-6 profile-layout__main">
          <BasicsCard profile={profile} onSaved={onSaved} />
          <SkillsCard profile={profile} onSaved={onSaved} />
          {ITEM_KINDS.map((kind) => (
            <ItemsSection
              key={kind}
              kind={kind}
              items={profile.items.filter((item) => item.kind === kind)}
              onChanged={refresh}
            />
          ))}
          <GoalsCard profile={profile} onSaved={onSaved} />
          <VisibilityCard profile={profile} onSaved={onSaved} />
        </div>
      </div>
    </div>
  );
}
