import { useTranslation } from 'react-i18next';
import type { CandidateView } from '../../../../../src/contracts/profile.js';
import { useFormatters } from '../../../lib/format';
import { Badge } from '../../../ui/Badge';
import { StrengthBadge } from '../skills/StrengthBadge';
import { toLevel } from '../skills/skillDraft';
import { ViewItemCard } from './ViewItemCard';
import { readViewItems, type ViewItemKind } from './viewItems';

const GROUPS: readonly ViewItemKind[] = ['project', 'role', 'certification', 'publication', 'education'];

/** The candidate exactly as the API says an employer sees them; nothing here is added by the browser. */
export function CandidateViewCard({ view }: { view: CandidateView }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const items = readViewItems(view.items);
  const country = view.country ? format.country(view.country) : null;
  const location =
    view.city && country
      ? t('profile.preview.location', { city: view.city, country })
      : (view.city ?? country ?? '');
  const { goals } = view;

  return (
    <article className="card candidate-view" aria-labelledby="candidate-view-name">
      <header className="candidate-view__header">
        <div>
          <h3 id="candidate-view-name" className="candidate-view__name">
            {view.displayName ?? t('profile.preview.anonymousName')}
          </h3>
          {view.headline ? (
            <p className="candidate-view__headline" dir="auto">
              {view.headline}
            </p>
          ) : null}
          <p className="candidate-view__meta">
            {[
              location || null,
              view.yearsExperience !== null
                ? t('profile.preview.years', {
                    count: view.yearsExperience,
                    years: format.number(view.yearsExperience),
                  })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {view.email ? <p className="candidate-view__email ltr-value">{view.email}</p> : null}
        </div>
        <div className="candidate-view__badges">
          {view.anonymous ? <Badge tone="neutral">{t('profile.preview.anonymousBadge')}</Badge> : null}
          {goals.openToWork ? <Badge tone="success">{t('profile.preview.openToWork')}</Badge> : null}
        </div>
      </header>

      {view.summary ? (
        <p className="candidate-view__summary" dir="auto">
          {view.summary}
        </p>
      ) : null}

      <dl className="details candidate-view__goals">
        {goals.targetRoleFamily ? (
          <div className="details__row">
            <dt>{t('profile.goals.roleFamily')}</dt>
            <dd>{t(`profile.goals.roleFamilies.${goals.targetRoleFamily}`)}</dd>
          </div>
        ) : null}
        {goals.targetLevel ? (
          <div className="details__row">
            <dt>{t('profile.goals.level')}</dt>
            <dd>{t(`profile.levels.${goals.targetLevel}`)}</dd>
          </div>
        ) : null}
        <div className="details__row">
          <dt>{t('profile.goals.remote.legend')}</dt>
          <dd>{t(`profile.goals.remote.options.${goals.remotePreference}`)}</dd>
        </div>
        <div className="details__row">
          <dt>{t('profile.preview.relocation')}</dt>
          <dd>{goals.willingToRelocate ? t('profile.preview.yes') : t('profile.preview.no')}</dd>
        </div>
        {view.languages.length > 0 ? (
          <div className="details__row">
            <dt>{t('profile.basics.languages.legend')}</dt>
            <dd>
              {format.list(
                view.languages.map(
                  (l) => `${l.language} (${t(`profile.basics.languages.fluencies.${l.fluency}`)})`,
                ),
              )}
            </dd>
          </div>
        ) : null}
      </dl>

      <section className="candidate-view__section" aria-labelledby="candidate-view-skills">
        <h4 id="candidate-view-skills" className="candidate-view__section-title">
          {t('profile.skills.title')}
        </h4>
        {view.skills.length === 0 ? (
          <p className="muted">{t('profile.preview.noSkills')}</p>
        ) : (
          <ul className="view-skills">
            {view.skills.map((skill) => (
              <li key={skill.skillId} className="view-skills__item">
                <span className="view-skills__name">{skill.name}</span>
                <span className="view-skills__level">
                  {t(`profile.skills.proficiency.levels.${toLevel(skill.proficiency)}`)}
                </span>
                <StrengthBadge strength={skill.strength} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {GROUPS.map((kind) => {
        const group = items.filter((item) => item.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} className="candidate-view__section" aria-labelledby={`candidate-view-${kind}`}>
            <h4 id={`candidate-view-${kind}`} className="candidate-view__section-title">
              {t(`profile.items.${kind}.title`)}
            </h4>
            <div className="stack">
              {group.map((item, index) => (
                <ViewItemCard key={item.id ?? `${kind}-${index}`} item={item} />
              ))}
            </div>
          </section>
        );
      })}
    </article>
  );
}
