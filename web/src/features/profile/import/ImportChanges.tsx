import { useTranslation } from 'react-i18next';
import type { JsonResumeImportResult } from '../../../../../src/contracts/profile.js';
import en from '../../../i18n/en.json';

type SectionKey = keyof (typeof en)['profile']['import']['sections'];
type FieldKey = keyof (typeof en)['profile']['import']['fields'];
function isSection(value: string): value is SectionKey {
  return Object.hasOwn(en.profile.import.sections, value);
}
function isField(value: string): value is FieldKey {
  return Object.hasOwn(en.profile.import.fields, value);
}

/** What an import would do (or did), section by section, then the skills and anything left out. */
export function ImportChanges({ result }: { result: JsonResumeImportResult }) {
  const { t } = useTranslation();
  const sectionName = (section: string) =>
    isSection(section) ? t(`profile.import.sections.${section}`) : section;
  // Basics report the fields that change; other sections name their entries, which stay as written.
  const entryName = (entry: string) => (isField(entry) ? t(`profile.import.fields.${entry}`) : entry);
  const changed = result.changes.filter((c) => c.added.length + c.updated.length + c.removed.length > 0);

  return (
    <div className="import-changes">
      <section aria-labelledby="import-changes-sections">
        <h3 id="import-changes-sections" className="import-changes__title">
          {t('profile.import.changesTitle')}
        </h3>
        {changed.length === 0 ? (
          <p className="muted">{t('profile.import.noChanges')}</p>
        ) : (
          <ul className="change-list">
            {changed.map((change) => (
              <li key={change.section} className="change-list__item">
                <p className="change-list__section">{sectionName(change.section)}</p>
                <dl className="change-list__kinds">
                  {(['added', 'updated', 'removed'] as const).map((kind) =>
                    change[kind].length > 0 ? (
                      <div key={kind} className={`change-list__kind change-list__kind--${kind}`}>
                        <dt>{t(`profile.import.${kind}`)}</dt>
                        <dd>
                          <ul className="plain-list">
                            {change[kind].map((entry) => (
                              <li key={entry}>{entryName(entry)}</li>
                            ))}
                          </ul>
                        </dd>
                      </div>
                    ) : null,
                  )}
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="import-skills">
        <section aria-labelledby="import-matched">
          <h3 id="import-matched" className="import-changes__title">
            {t('profile.import.matchedTitle', { count: result.matchedSkills.length })}
          </h3>
          {result.matchedSkills.length === 0 ? (
            <p className="muted">{t('profile.import.matchedNone')}</p>
          ) : (
            <ul className="import-skill-list">
              {result.matchedSkills.map((skill) => (
                <li key={`${skill.name}-${skill.skillId}`}>
                  <span className="import-skill-list__name">{skill.name}</span>
                  <span className="muted"> → </span>
                  <code className="ltr-value">{skill.skillId}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="import-unmatched">
          <h3 id="import-unmatched" className="import-changes__title">
            {t('profile.import.unmatchedTitle', { count: result.unmatchedSkills.length })}
          </h3>
          <p className="muted">{t('profile.import.unmatchedHint')}</p>
          {result.unmatchedSkills.length > 0 ? (
            <ul className="chips chips--static">
              {result.unmatchedSkills.map((name) => (
                <li key={name} className="chip">
                  {name}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>

      {result.dropped.length > 0 ? (
        <section aria-labelledby="import-dropped">
          <h3 id="import-dropped" className="import-changes__title">
            {t('profile.import.droppedTitle', { count: result.dropped.length })}
          </h3>
          <p className="muted">{t('profile.import.droppedHint')}</p>
          <ul className="dropped-list">
            {result.dropped.map((note) => (
              <li key={`${note.path}-${note.reason}`}>
                <code className="ltr-value">{note.path}</code> <span lang="en">{note.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
