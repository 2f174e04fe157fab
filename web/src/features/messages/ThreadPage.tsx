import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { usePageTitle } from '../../lib/usePageTitle';
import { ArrowIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/PageHeader';
import { isolate } from '../employer/isolate';
import { MessageThread } from './MessageThread';

/** What the link into a thread knows about it, so the page can say whose conversation it is. */
export interface ThreadState {
  positionTitle?: string;
  otherSide?: string;
  back?: string;
}

/**
 * /messages/:applicationId: one application's conversation, for its candidate and the organisation's
 * members (the API refuses anyone else with a 404).
 */
export function ThreadPage() {
  const { t } = useTranslation();
  const { applicationId = '' } = useParams();
  const { user } = useAuth();
  const state = (useLocation().state ?? {}) as ThreadState;
  const candidate = user?.accountType === 'candidate';
  const otherSide =
    state.otherSide ?? (candidate ? t('messages.theOrganisation') : t('messages.theCandidate'));
  const back = state.back ?? (candidate ? '/applications' : '/positions');
  usePageTitle(t('messages.title'));
  return (
    <div className="container page narrow-page">
      <p className="back-link">
        <Link to={back}>
          <ArrowIcon className="icon-back" />
          {candidate ? t('messages.backToApplications') : t('messages.backToPipeline')}
        </Link>
      </p>
      <PageHeader
        title={t('messages.title')}
        description={
          state.positionTitle ? t('messages.about', { position: isolate(state.positionTitle) }) : undefined
        }
      />
      <div className="card">
        <MessageThread applicationId={applicationId} otherSide={otherSide} />
      </div>
    </div>
  );
}
