import { useTranslation } from 'react-i18next';
import type { ProfileItem } from '../../../../../src/contracts/profile.js';
import { useFormatters } from '../../../lib/format';
import { itemDates, itemTitle } from './itemText';

/** What an item says, in a line or two: enough to recognise it in a list. */
export function ItemSummary({ item }: { item: ProfileItem }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { start, end } = itemDates(item);
  let dates = '';
  if (item.kind === 'certification') {
    dates = [
      start ? t('profile.items.issued', { date: format.partialDate(start) }) : null,
      end ? t('profile.items.expires', { date: format.partialDate(end) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  } else if (start && (end || item.kind === 'role')) {
    dates = t('profile.items.dateRange', {
      start: format.partialDate(start),
      end: end ? format.partialDate(end) : t('profile.items.present'),
    });
  } else if (start) {
    dates = format.partialDate(start);
  }

  const meta: string[] = [];
  if (item.kind === 'education' && itemTitle(item) !== item.institution) meta.push(item.institution);
  if (item.kind === 'certification') meta.push(item.issuer);
  if (item.kind === 'publication' && item.venue) meta.push(item.venue);
  if (item.kind === 'role' && item.country) meta.push(format.country(item.country));
  if (dates) meta.push(dates);

  return (
    <div className="item-summary">
      <p className="item-summary__title">{itemTitle(item)}</p>
      {meta.length > 0 ? <p className="item-summary__meta">{meta.join(' · ')}</p> : null}
      {item.kind === 'project' && item.results.length > 0 ? (
        <ul className="item-summary__results">
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
    </div>
  );
}
