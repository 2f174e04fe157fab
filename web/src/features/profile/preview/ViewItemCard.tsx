import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/format';
import { safeHref, type ViewItem } from './viewItems';

const LINK_KEYS = ['repository', 'demo', 'modelCard', 'dataset', 'paper'] as const;

function useDates() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (start?: string, end?: string, ongoing = false) => {
    if (!start) return null;
    if (!end && !ongoing) return format.partialDate(start);
    return t('profile.items.dateRange', {
      start: format.partialDate(start),
      end: end ? format.partialDate(end) : t('profile.items.present'),
    });
  };
}

/** One project, role, certificate, paper or degree, as an employer reads it. */
export function ViewItemCard({ item }: { item: ViewItem }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const dates = useDates();

  let heading: string;
  const meta: (string | null)[] = [];
  switch (item.kind) {
    case 'project':
      heading = item.title ?? t('profile.items.project.singular');
      meta.push(dates(item.startDate, item.endDate));
      break;
    case 'role':
      heading = [item.title, item.employer].filter(Boolean).join(' · ');
      meta.push(
        item.country ? format.country(item.country) : null,
        dates(item.startDate, item.endDate, true),
      );
      break;
    case 'education':
      heading = [item.studyType, item.area].filter(Boolean).join(', ') || (item.institution ?? '');
      meta.push(item.institution ?? null, dates(item.startDate, item.endDate));
      break;
    case 'certification':
      heading = item.name ?? t('profile.items.certification.singular');
      meta.push(item.issuer ?? null, item.issueDate ? format.partialDate(item.issueDate) : null);
      break;
    case 'publication':
      // Anonymous mode keeps only the venue and year of a paper.
      heading = item.title ?? t('profile.preview.publicationWithheld');
      meta.push(item.venue ?? null, item.year ? String(item.year) : null);
      break;
  }
  const links = LINK_KEYS.flatMap((key) => {
    const href = safeHref(item.links?.[key]);
    return href ? [{ key, href }] : [];
  });
  const extraLink = safeHref(item.url ?? item.credentialUrl);
  const metaText = meta.filter(Boolean).join(' · ');

  return (
    <article className="view-item">
      <h5 className="view-item__title">{heading}</h5>
      {metaText ? <p className="view-item__meta">{metaText}</p> : null}
      {item.problem ? (
        <p>
          <strong>{t('profile.items.fields.problem')}: </strong>
          {item.problem}
        </p>
      ) : null}
      {item.approach ? (
        <p>
          <strong>{t('profile.items.fields.approach')}: </strong>
          {item.approach}
        </p>
      ) : null}
      {item.summary ? <p dir="auto">{item.summary}</p> : null}
      {item.results && item.results.length > 0 ? (
        <ul className="view-item__results">
          {item.results.map((r) => (
            <li key={`${r.metric}-${r.value}`}>
              {r.baseline
                ? t('profile.items.resultWithBaseline', {
                    metric: r.metric,
                    value: r.value,
                    baseline: r.baseline,
                  })
                : t('profile.items.result', { metric: r.metric, value: r.value })}
            </li>
          ))}
        </ul>
      ) : null}
      {item.highlights && item.highlights.length > 0 ? (
        <ul className="view-item__highlights">
          {item.highlights.map((h) => (
            <li key={h} dir="auto">
              {h}
            </li>
          ))}
        </ul>
      ) : null}
      {links.length > 0 || extraLink ? (
        <p className="view-item__links">
          {links.map((link) => (
            <a key={link.key} href={link.href} rel="noopener noreferrer">
              {t(`profile.items.fields.${link.key}`)}
            </a>
          ))}
          {extraLink ? (
            <a href={extraLink} rel="noopener noreferrer">
              {t('profile.preview.link')}
            </a>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
