import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { Alert } from './Alert';
import { Button } from './Button';
import { LoadingState } from './LoadingState';

/** A useLoad result, as the boundary reads it. */
export interface LoadState<T> {
  status: 'loading' | 'ready' | 'error';
  data: T | null;
  error: unknown;
  reload: () => void;
}

interface LoadBoundaryProps<T> {
  state: LoadState<T>;
  children: (data: T) => ReactNode;
}

/** Renders the loading and failure states of a useLoad result, and the content once it is ready. */
export function LoadBoundary<T>({ state, children }: LoadBoundaryProps<T>) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error' || state.data === null) {
    return (
      <Alert
        tone="danger"
        actions={
          <Button variant="secondary" size="sm" onClick={state.reload}>
            {t('app.retry')}
          </Button>
        }
      >
        {errorMessage(state.error, t)}
      </Alert>
    );
  }
  return <>{children(state.data)}</>;
}
