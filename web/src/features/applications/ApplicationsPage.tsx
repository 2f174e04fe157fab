import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import {
  type CandidateApplication,
  fetchMyActivity,
  fetchMyApplications,
  fetchMyIntroductions,
  type IntroductionView,
} from '../../api/applications';
import { fetchUnreadMessages } from '../../api/messages';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { Alert } from '../../ui/Alert';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { useLiveEvents } from '../notifications/liveContext';
import { ActivityCard } from './ActivityCard';
import { ApplicationCard } from './ApplicationCard';
import { IntroductionCard } from './IntroductionCard';

/**
 * /applications (and /applications/:id, /introductions, the links notifications carry): the
 * candidate's introduction requests, applications with their timelines and offers, and who looked.
 */
export function ApplicationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.title'));
  const { id } = useParams();
  const { pathname } = useLocation();
  const loadApplications = useCallback(() => fetchMyApplications(), []);
  const loadIntroductions = useCallback(() => fetchMyIntroductions(), []);
  const loadActivity = useCallback(() => fetchMyActivity(), []);
  const applications = useLoad(loadApplications);
  const introductions = useLoad(loadIntroductions);
  const activity = useLoad(loadActivity);
  const [unread, setUnread] = useState<Record<string, number>>({});

  const countUnread = useCallback(() => {
    fetchUnreadMessages().then(
      (answer) => setUnread(Object.fromEntries(answer.threads.map((th) => [th.applicationId, th.unread]))),
      () => undefined,
    );
  }, []);
  useEffect(() => countUnread(), [countUnread]);
  useLiveEvents((event) => {
    if (event.kind === 'unread')
      setUnread((current) => ({ ...current, [event.payload.applicationId]: event.payload.unread }));
    if (event.kind === 'notification' && event.payload.kind !== 'message') {
      applications.reload();
      introductions.reload();
    }
  });

  return (
    <div className="container page">
      <PageHeader title={t('applications.title')} description={t('applications.intro')} />
      <div className="applications-layout">
        <div className="stack stack--gap-6">
          <section aria-labelledby="introductions-title" id="introductions" tabIndex={-1}>
            <h2 id="introductions-title" className="section-title">
              {t('applications.introductions.title')}
            </h2>
            <LoadBoundary state={introductions}>
              {(list) => (
                <Introductions
                  list={list}
                  focused={pathname === '/introductions'}
                  onAnswered={(answered) => {
                    introductions.reload();
                    if (answered.status === 'accepted') applications.reload();
                  }}
                />
              )}
            </LoadBoundary>
          </section>
          <section aria-labelledby="applications-title">
            <h2 id="applications-title" className="section-title">
              {t('applications.listTitle')}
            </h2>
            <LoadBoundary state={applications}>
              {(list) => <ApplicationList list={list} focusedId={id ?? null} unread={unread} />}
            </LoadBoundary>
          </section>
        </div>
        <aside className="applications-aside">
          <LoadBoundary state={activity}>{(data) => <ActivityCard activity={data} />}</LoadBoundary>
        </aside>
      </div>
    </div>
  );
}

function Introductions({
  list,
  focused,
  onAnswered,
}: {
  list: IntroductionView[];
  focused: boolean;
  onAnswered: (introduction: IntroductionView) => void;
}) {
  const { t } = useTranslation();
  const [answered, setAnswered] = useState<IntroductionView | null>(null);
  useEffect(() => {
    if (focused) document.getElementById('introductions')?.focus();
  }, [focused]);
  const pending = list.filter((i) => i.status === 'pending');
  const past = list.filter((i) => i.status !== 'pending');
  return (
    <div className="stack">
      {answered ? (
        <Alert tone="success">
          {answered.status === 'accepted'
            ? t('applications.introductions.accepted')
            : t('applications.introductions.declined')}
        </Alert>
      ) : null}
      {pending.length === 0 ? <p className="muted">{t('applications.introductions.none')}</p> : null}
      {pending.map((introduction) => (
        <IntroductionCard
          key={introduction.id}
          introduction={introduction}
          onAnswered={(next) => {
            setAnswered(next);
            onAnswered(next);
          }}
        />
      ))}
      {past.length > 0 ? (
        <details className="past-introductions">
          <summary>{t('applications.introductions.past', { count: past.length })}</summary>
          <div className="stack">
            {past.map((introduction) => (
              <IntroductionCard key={introduction.id} introduction={introduction} onAnswered={onAnswered} />
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}

function ApplicationList({
  list,
  focusedId,
  unread,
}: {
  list: CandidateApplication[];
  focusedId: string | null;
  unread: Record<string, number>;
}) {
  const { t } = useTranslation();
  const [items, setItems] = useState(list);
  useEffect(() => setItems(list), [list]);
  useEffect(() => {
    if (!focusedId) return;
    const card = document.getElementById(`app-${focusedId}`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  }, [focusedId]);
  if (items.length === 0) {
    return (
      <div className="card empty-state">
        <p>{t('applications.empty')}</p>
        <p>
          <Link to="/matches">{t('applications.findMatches')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      {items.map((application) => (
        <ApplicationCard
          key={application.id}
          application={application}
          unread={unread[application.id] ?? 0}
          focused={application.id === focusedId}
          onChanged={(changed) =>
            setItems((current) => current.map((a) => (a.id === changed.id ? changed : a)))
          }
        />
      ))}
    </div>
  );
}
