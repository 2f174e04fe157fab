import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AdminOverviewPage } from '../features/admin/AdminOverviewPage';
import { CareerModelPage } from '../features/admin/CareerModelPage';
import { OutboxListPage } from '../features/admin/OutboxListPage';
import { OutboxMessagePage } from '../features/admin/OutboxMessagePage';
import { VerificationPage } from '../features/admin/VerificationPage';
import { ApplicationsPage } from '../features/applications/ApplicationsPage';
import { CheckEmailPage } from '../features/auth/CheckEmailPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { VerifyPage } from '../features/auth/VerifyPage';
import { AcceptInvitationPage } from '../features/employer/AcceptInvitationPage';
import { AuditTab } from '../features/employer/AuditTab';
import { OnboardingPage } from '../features/employer/OnboardingPage';
import { OrganisationLayout } from '../features/employer/OrganisationLayout';
import { OrganisationResolver } from '../features/employer/OrganisationResolver';
import { OverviewTab } from '../features/employer/OverviewTab';
import { PositionEditorPage } from '../features/employer/positions/editor/PositionEditorPage';
import { PositionsTab } from '../features/employer/positions/PositionsTab';
import { TeamTab } from '../features/employer/TeamTab';
import { VerifyDomainPage } from '../features/employer/VerifyDomainPage';
import { HomePage } from '../features/home/HomePage';
import { JobsPage } from '../features/jobs/JobsPage';
import { CandidatesPage } from '../features/matching/CandidatesPage';
import { MatchesPage } from '../features/matching/MatchesPage';
import { WhyNotPage } from '../features/matching/WhyNotPage';
import { ThreadPage } from '../features/messages/ThreadPage';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { UnsubscribePage } from '../features/notifications/UnsubscribePage';
import { PipelinePage } from '../features/pipeline/PipelinePage';
import { ImportPage } from '../features/profile/import/ImportPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { PreviewPage } from '../features/profile/preview/PreviewPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { RouteErrorPage } from './RouteErrorPage';

// /jobs/:slug is deliberately absent: the server renders each job's public page as HTML (for search
// engines and link previews), so the SPA links to it with plain <a href> and never routes it.
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'check-email', element: <CheckEmailPage /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'jobs', element: <JobsPage /> },
      // The email's unsubscribe link works signed out: the signed token is the credential.
      { path: 'unsubscribe', element: <UnsubscribePage /> },
      {
        path: 'salaries',
        // Its charts bring the chart library (visx and d3): loaded only when the page is opened.
        lazy: async () => ({ Component: (await import('../features/salaries/SalariesPage')).SalariesPage }),
      },
      {
        element: <RequireAuth />,
        children: [
          { path: 'account', element: <AccountPage /> },
          { path: 'invitations/accept', element: <AcceptInvitationPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'settings/notifications', element: <NotificationSettingsPage /> },
          // Both sides of a thread: the candidate and the organisation's members (the API decides).
          { path: 'messages/:applicationId', element: <ThreadPage /> },
        ],
      },
      {
        element: <RequireAuth candidate />,
        children: [
          { path: 'profile', element: <ProfilePage /> },
          { path: 'profile/preview', element: <PreviewPage /> },
          { path: 'profile/import', element: <ImportPage /> },
          { path: 'matches', element: <MatchesPage /> },
          { path: 'matches/explain', element: <WhyNotPage /> },
          { path: 'applications', element: <ApplicationsPage /> },
          { path: 'applications/:id', element: <ApplicationsPage /> },
          { path: 'introductions', element: <ApplicationsPage /> },
          {
            path: 'career',
            // Its charts bring visx and d3: loaded only when the page is opened.
            lazy: async () => ({ Component: (await import('../features/career/CareerPage')).CareerPage }),
          },
        ],
      },
      {
        element: <RequireAuth employer />,
        children: [
          { path: 'organisation', element: <OrganisationResolver section="overview" /> },
          { path: 'organisation/new', element: <OnboardingPage /> },
          { path: 'organisation/verify-domain', element: <VerifyDomainPage /> },
          {
            path: 'organisation/:id',
            element: <OrganisationLayout />,
            children: [
              { index: true, element: <OverviewTab /> },
              { path: 'team', element: <TeamTab /> },
              { path: 'positions', element: <PositionsTab /> },
              { path: 'audit', element: <AuditTab /> },
              {
                path: 'outcomes',
                lazy: async () => ({
                  Component: (await import('../features/outcomes/OrganisationOutcomesTab'))
                    .OrganisationOutcomesTab,
                }),
              },
            ],
          },
          { path: 'positions', element: <OrganisationResolver section="positions" /> },
          { path: 'positions/new', element: <PositionEditorPage /> },
          { path: 'positions/:id/edit', element: <PositionEditorPage /> },
          { path: 'positions/:id/candidates', element: <CandidatesPage /> },
          { path: 'positions/:id/pipeline', element: <PipelinePage /> },
        ],
      },
      {
        element: <RequireAuth admin />,
        children: [
          { path: 'admin', element: <AdminOverviewPage /> },
          { path: 'admin/verification', element: <VerificationPage /> },
          { path: 'admin/outbox', element: <OutboxListPage /> },
          { path: 'admin/outbox/:id', element: <OutboxMessagePage /> },
          { path: 'admin/career-model', element: <CareerModelPage /> },
          {
            path: 'admin/outcomes',
            // Its charts bring visx and d3: loaded only when the page is opened.
            lazy: async () => ({
              Component: (await import('../features/outcomes/AdminOutcomesPage')).AdminOutcomesPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
