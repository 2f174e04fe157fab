import { useTranslation } from 'react-i18next';
import type { CandidateApplication } from '../../api/applications';
import { useFormatters } from '../../lib/format';

type ApplicationEvent = CandidateApplication['timeline'][number];

/** Every move of an application, oldest first: from and to which stage, who moved it, and when. */
export function Timeline({ events, label }: { events: ApplicationEvent[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ol className="timeline" aria-label={label}>
      {events.map((event, index) => {
        const who = event.actorName ? event.actorName : t(`pipeline.sides.${event.side}`);
        return (
          // Events have no id; their order in the timeline is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={index} className="timeline__event">
            <span className="timeline__what">
              {event.fromStage
                ? t('pipeline.moved', {
                    from: t(`pipeline.stages.${event.fromStage}`),
                    to: t(`pipeline.stages.${event.toStage}`),
                  })
                : t('pipeline.entered', { to: t(`pipeline.stages.${event.toStage}`) })}
            </span>
            <span className="timeline__meta">
              <span dir="auto">{who}</span> · <time dateTime={event.at}>{format.dateTime(event.at)}</time>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
