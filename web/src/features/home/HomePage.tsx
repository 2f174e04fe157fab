import { useAuth } from '../../app/auth-context';
import { LoadingState } from '../../ui/LoadingState';
import { Dashboard } from './Dashboard';
import { LandingPage } from './LandingPage';

export function HomePage() {
  const { status, user } = useAuth();
  if (status === 'loading') return <LoadingState />;
  return user ? <Dashboard user={user} /> : <LandingPage />;
}
