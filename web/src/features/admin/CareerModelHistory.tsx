import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CareerModel, type CareerModelResponse, fetchCareerModelVersion } from '../../api/career';
import { errorMessage } from '../../i18n/errors';
import { useFormatters } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { TableScroll } from '../employer/TableScroll';

/** Every saved version, newest first; an older one can be viewed and put back in the editor to restore. */
export function CareerModelHistory({
  answer,
  onRestore,
}: {
  answer: CareerModelResponse;
  onRestore: (model: CareerModel, version: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [viewed, setViewed] = useState<{ version: number; model: CareerModel } | null>(null);
  const [loading, setLoading] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const caption = t('career.admin.historyCaption');

  const view = async (version: number) => {
    setLoading(version);
    setError(null);
    try {
      setViewed({ version, model: await fetchCareerModelVersion(version) });
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setLoading(null);
    }
  };

  return (
    <Card title={t('career.admin.historyTitle')} description={t('career.admin.historyIntro')}>
      <TableScroll label={caption}>
        <table className="table career-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="table__num">
                {t('career.admin.columns.version')}
              </th>
              <th scope="col">{t('career.admin.columns.note')}</th>
              <th scope="col">{t('career.admin.columns.saved')}</th>
              <th scope="col">{t('career.admin.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.versions.map((v) => (
              <tr key={v.version}>
                <th scope="row" className="table__num">
                  {format.number(v.version)}
                </th>
                <td>
                  {v.note}
                  {v.version === answer.version ? (
                    <>
                      {' '}
                      <Badge tone="success">{t('career.admin.inForce')}</Badge>
                    </>
                  ) : null}
                </td>
                <td>
                  {v.createdAt
                    ? t('career.admin.savedBy', {
                        when: format.dateTime(v.createdAt),
                        who: v.createdBy ?? t('career.admin.unknownAdmin'),
                      })
                    : t('career.admin.shipped')}
                </td>
                <td>
                  <Button
                    variant="ghost"
                    size="sm"
                    pending={loading === v.version}
                    onClick={() => void view(v.version)}
                    aria-label={t('career.admin.viewLabel', { version: v.version })}
                  >
                    {t('career.admin.view')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {viewed ? (
        <section
          className="career-admin__viewed"
          aria-label={t('career.admin.viewedLabel', { version: viewed.version })}
        >
          <h3 className="career-subheading">{t('career.admin.viewedTitle', { version: viewed.version })}</h3>
          <ul className="career-admin__titles">
            {[...viewed.model.stages, ...viewed.model.tracks].map((step) => (
              <li key={step.id}>
                <code dir="ltr">{step.id}</code> — {step.title}
              </li>
            ))}
          </ul>
          <details>
            <summary>{t('career.admin.viewedJson')}</summary>
            <pre className="career-admin__pre" dir="ltr">
              {JSON.stringify(viewed.model, null, 2)}
            </pre>
          </details>
          <div className="button-row">
            {viewed.version !== answer.version ? (
              <Button variant="secondary" onClick={() => onRestore(viewed.model, viewed.version)}>
                {t('career.admin.restore', { version: viewed.version })}
              </Button>
            ) : null}
            <Button variant="ghost" onClick={() => setViewed(null)}>
              {t('career.admin.closeView')}
            </Button>
          </div>
        </section>
      ) : null}
    </Card>
  );
}
