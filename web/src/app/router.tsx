import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/AccountPage';
import { AdminOverviewPage } from '../features/admin/AdminOverviewPage';
import { OutboxListPage } from '../features/admin/OutboxListPage';
import { OutboxMessagePage } from '../features/admin/OutboxMessagePage';
import { CheckEmailPage } from '../features/auth/CheckEmailPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { VerifyPage } from '../features/auth/VerifyPage';
import { HomePage } from '../features/home/HomePage';
import { ImportPage } from '../features/profile/import/ImportPage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { PreviewPage } from '../features/profile/preview/PreviewPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { RouteErrorPage } from './RouteErrorPage';

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
      { element: <RequireAuth />, children: [{ path: 'account', element: <AccountPage /> }] },
      {
        element: <RequireAuth candidate />,
        children: [
          { path: 'profile', element: <ProfilePage /> },
          { path: 'profile/preview', element: <PreviewPage /> },
          { path: 'profile/import', element: <ImportPage /> },
        ],
      },
      {
        element: <RequireAuth admin />,
        children: [
          { path: 'admin', element: <AdminOverviewPage /> },
          { path: 'admin/outbox', element: <OutboxListPage /> },
          { path: 'admin/outbox/:id', element: <OutboxMessagePage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
