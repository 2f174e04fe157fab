import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/organisations';
import en from '../../i18n/en.json';
import { useFormatters } from '../../lib/format';
import { TableScroll } from './TableScroll';

type KnownAction = keyof (typeof en)['verification']['audit']['actions'];

function isKnownAction(action: string): action is KnownAction {
  return Object.hasOwn(en.verification.audit.actions, action);
}

interface AuditTableProps {
  entries: AuditEntry[];
  /** Off on an organisation's own page, where every entry is about the same organisation. */
  showSubject?: boolean;
  caption: string;
}

/** Who did what and why, newest first: verification decisions, funding, status changes. */
export function AuditTable({ entries, showSubject = true, caption }: AuditTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (entries.length === 0) return <p className="muted">{t('verification.audit.empty')}</p>;
  const actionLabel = (action: string) =>
    isKnownAction(action) ? t(`verification.audit.actions.${action}`) : action.replace(/[._]/g, ' ');
  return (
    <TableScroll label={t('verification.audit.caption', { count: entries.length })}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('verification.audit.at')}</th>
            {showSubject ? <th scope="col">{t('verification.audit.subject')}</th> : null}
            <th scope="col">{t('verification.audit.action')}</th>
            <th scope="col">{t('verification.audit.actor')}</th>
            <th scope="col">{t('verification.audit.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </td>
              {showSubject ? (
                <td>
                  <span className="audit__type">{t(`verification.audit.types.${entry.subjectType}`)}</span>{' '}
                  <span dir="auto">{entry.subjectName}</span>
                </td>
              ) : null}
              <td>{actionLabel(entry.action)}</td>
              <td dir="auto">{entry.actor ?? t('verification.audit.system')}</td>
              <td dir="auto">{entry.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
