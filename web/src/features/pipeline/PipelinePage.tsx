import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Stage } from '../../../../src/contracts/pipeline.js';
import { fetchUnreadMessages } from '../../api/messages';
import {
  fetchPipeline,
  fetchPositionIntroductions,
  type Pipeline,
  type PipelineApplication,
} from '../../api/pipeline';
import { fetchPosition } from '../../api/positions';
import { useFormatters } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { LiveStatusNote } from '../notifications/LiveStatusNote';
import { useLiveEvents } from '../notifications/liveContext';
import { PipelineCard } from './PipelineCard';
import { PositionHeader } from './PositionHeader';
import { PositionIntroductions } from './PositionIntroductions';

interface BoardFilters {
  waiting: boolean;
}
const fromParams = (params: URLSearchParams): BoardFilters => ({ waiting: params.get('waiting') === '1' });
const toParams = (filters: BoardFilters) => new URLSearchParams(filters.waiting ? { waiting: '1' } : {});

/** /positions/:id/pipeline: the position's applications by stage, for its organisation's members. */
export function PipelinePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loadPosition = useCallback(() => fetchPosition(id), [id]);
  const position = useLoad(loadPosition);
  const loadBoard = useCallback(() => fetchPipeline(id), [id]);
  const board = useLoad(loadBoard);
  const loadIntroductions = useCallback(() => fetchPositionIntroductions(id), [id]);
  const introductions = useLoad(loadIntroductions);
  const [unread, setUnread] = useState<Record<string, number>>({});
  useEffect(() => {
    fetchUnreadMessages().then(
      (answer) => setUnread(Object.fromEntries(answer.threads.map((th) => [th.applicationId, th.unread]))),
      () => undefined,
    );
  }, []);
  const live = useLiveEvents((event) => {
    if (event.kind === 'unread')
      setUnread((current) => ({ ...current, [event.payload.applicationId]: event.payload.unread }));
    if (event.kind === 'notification' && event.payload.kind !== 'message') {
      board.reload();
      introductions.reload();
    }
  });
  usePageTitle(
    position.data ? t('pipeline.pageTitle', { title: position.data.title }) : t('pipeline.tabs.pipeline'),
  );

  return (
    <div className="container page">
      <PositionHeader
        id={id}
        position={position}
        eyebrow={(organisation) => t('pipeline.eyebrow', { organisation })}
        intro={t(position.data?.status === 'closed' ? 'pipeline.introClosed' : 'pipeline.intro')}
      />
      <LiveStatusNote status={live} onRefresh={board.reload} />
      <LoadBoundary state={board}>
        {(data) => <Board pipeline={data} unread={unread} onReload={board.reload} />}
      </LoadBoundary>
      <LoadBoundary state={introductions}>
        {(list) => <PositionIntroductions introductions={list} onChanged={introductions.reload} />}
      </LoadBoundary>
    </div>
  );
}

function Board({
  pipeline,
  unread,
  onReload,
}: {
  pipeline: Pipeline;
  unread: Record<string, number>;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [filters, setFilters] = useUrlFilters(fromParams, toParams);
  const [stages, setStages] = useState(pipeline.stages);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setStages(pipeline.stages), [pipeline]);

  const changed = (next: PipelineApplication, message: string) => {
    setStages((current) =>
      current.map((column) => {
        const others = column.applications.filter((a) => a.id !== next.id);
        return { ...column, applications: column.stage === next.stage ? [next, ...others] : others };
      }),
    );
    setAnnouncement(message);
  };

  const waitingCount = stages.reduce((n, s) => n + s.applications.filter((a) => a.waitingTooLong).length, 0);
  const total = stages.reduce((n, s) => n + s.applications.length, 0);
  const shown = (stage: Stage) =>
    (stages.find((s) => s.stage === stage)?.applications ?? []).filter(
      (a) => !filters.waiting || a.waitingTooLong,
    );

  return (
    <section className="pipeline" aria-labelledby="pipeline-title">
      <div className="pipeline__bar">
        <h2 id="pipeline-title" className="section-title">
          {t('pipeline.title', { count: total, value: format.number(total) })}
        </h2>
        <label className="pipeline__filter">
          <input
            type="checkbox"
            checked={filters.waiting}
            onChange={(e) => setFilters({ waiting: e.target.checked })}
          />
          {t('pipeline.waitingFilter', { count: waitingCount, value: format.number(waitingCount) })}
        </label>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {total === 0 ? <p className="card empty-state">{t('pipeline.empty')}</p> : null}
      <div className="pipeline__columns">
        {stages.map(({ stage }) => {
          const list = shown(stage);
          const headingId = `stage-${stage}`;
          return (
            <section
              key={stage}
              className={`pipeline-column pipeline-column--${stage}`}
              aria-labelledby={headingId}
            >
              <h3 id={headingId} className="pipeline-column__title">
                {t(`pipeline.stages.${stage}`)}{' '}
                <span className="pipeline-column__count">{format.number(list.length)}</span>
              </h3>
              {list.length === 0 ? (
                <p className="pipeline-column__empty">{t('pipeline.columnEmpty')}</p>
              ) : (
                <ul className="pipeline-column__list">
                  {list.map((application) => (
                    <li key={application.id}>
                      <PipelineCard
                        application={application}
                        unread={unread[application.id] ?? 0}
                        onChanged={changed}
                        onReload={onReload}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
