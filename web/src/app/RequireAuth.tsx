import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../ui/LoadingState';
import { useAuth } from './auth-context';
import { NotAllowedPage } from './NotAllowedPage';

/** Route guard: anonymous visitors go to sign-in and come back; the wrong role sees an explanation. */
export function RequireAuth({
  admin = false,
  candidate = false,
  employer = false,
}: {
  admin?: boolean;
  candidate?: boolean;
  employer?: boolean;
}) {
  const { status, user } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingState />;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  if (admin && !user.isAdmin) return <NotAllowedPage reason="admin" />;
  if (candidate && user.accountType !== 'candidate') return <NotAllowedPage reason="candidate" />;
  if (employer && user.accountType !== 'employer') return <NotAllowedPage reason="employer" />;
  return <Outlet />;
}
