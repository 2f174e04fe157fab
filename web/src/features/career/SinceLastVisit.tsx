import { useTranslation } from 'react-i18next';
import type { SinceLastVisit as SinceLastVisitData } from '../../api/career';
import { Alert } from '../../ui/Alert';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

/** What moved since the previous visit: stage, readiness, gaps closed and new. Nothing on a first visit. */
export function SinceLastVisit({ since }: { since: SinceLastVisitData }) {
  const { t } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  if (!since) return null;
  const lines: string[] = [];
  if (since.stage) {
    lines.push(
      t('career.since.stage', {
        from: since.stage.from ? text.targetName(since.stage.from) : t('career.progress.noStage'),
        to: since.stage.to ? text.targetName(since.stage.to) : t('career.progress.noStage'),
      }),
    );
  }
  if (since.readinessDelta === null) lines.push(t('career.since.targetChanged'));
  else if (since.readinessDelta === 0) lines.push(t('career.since.readinessSame'));
  else lines.push(t('career.since.readiness', { delta: format.points(since.readinessDelta) }));
  // Gaps compared across different targets (or against no target at all) were not closed or opened
  // by anything the candidate did, so they are only listed when the target is the same.
  const sameTarget = since.readinessDelta !== null;
  if (sameTarget && since.closedGaps.length > 0)
    lines.push(t('career.since.closed', { skills: format.list(since.closedGaps.map((g) => g.name)) }));
  if (sameTarget && since.newGaps.length > 0)
    lines.push(t('career.since.new', { skills: format.list(since.newGaps.map((g) => g.name)) }));
  return (
    <Alert
      tone="info"
      title={t('career.since.title', { date: format.date(since.at) })}
      className="career-since"
    >
      <ul className="career-since__list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Alert>
  );
}
