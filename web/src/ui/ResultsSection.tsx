import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { Alert } from './Alert';
import { Button } from './Button';
import { LoadingState } from './LoadingState';

/** A paged list as its hook holds it: the first page loading, shown (maybe loading more), or failed. */
export interface PagedResults<T> {
  status: 'loading' | 'ready' | 'loading_more' | 'error';
  items: readonly T[];
  error: unknown;
  hasMore: boolean;
}

interface ResultsSectionProps<T> {
  title: string;
  labels: { loading: string; none: string; count: (count: number) => string; loadMore: string };
  results: PagedResults<T>;
  onRetry: () => void;
  onLoadMore: () => void;
  /** Beside the title, e.g. a sort select. */
  actions?: ReactNode;
  /** Between the title bar and the list, e.g. a live region for row actions. */
  intro?: ReactNode;
  /** Shown instead of the list when the first page is empty. */
  empty: ReactNode;
  list: { ordered: boolean; className: string };
  itemKey: (item: T) => string;
  /** One item; `focusRef` goes on the element that takes focus when it is the first of a new page. */
  renderItem: (item: T, index: number, focusRef: (element: HTMLElement | null) => void) => ReactNode;
}

/** A titled list of results with its live count, loading and error states, and "Load more". */
export function ResultsSection<T>(props: ResultsSectionProps<T>) {
  const { title, labels, results, onRetry, onLoadMore, actions, intro, empty, list, itemKey, renderItem } =
    props;
  const { status, items, error, hasMore } = results;
  const { t } = useTranslation();
  const id = useId();
  const firstNew = useRef<number | null>(null);
  const focusTargets = useRef(new Map<number, HTMLElement>());

  // After "Load more", keyboard and screen-reader users continue at the first new result.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `items` is the trigger (a page arrived).
  useEffect(() => {
    if (status !== 'ready' || firstNew.current === null) return;
    focusTargets.current.get(firstNew.current)?.focus();
    firstNew.current = null;
  }, [status, items]);

  const shown = status === 'ready' || status === 'loading_more';
  let statusText = '';
  if (status === 'loading') statusText = labels.loading;
  else if (shown) statusText = items.length === 0 ? labels.none : labels.count(items.length);
  const List = list.ordered ? 'ol' : 'ul';

  return (
    <section className="jobs-results" aria-labelledby={`${id}-results`}>
      <div className="jobs-results__bar">
        <div>
          <h2 id={`${id}-results`} className="jobs-results__title">
            {title}
          </h2>
          <p className="jobs-results__status" role="status">
            {statusText}
          </p>
        </div>
        {actions}
      </div>
      {intro}
      {status === 'loading' ? <LoadingState label={labels.loading} /> : null}
      {status === 'error' ? (
        <Alert
          tone="danger"
          actions={
            <Button variant="secondary" size="sm" onClick={onRetry}>
              {t('app.retry')}
            </Button>
          }
        >
          {errorMessage(error, t)}
        </Alert>
      ) : null}
      {shown && items.length === 0 ? empty : null}
      {shown && items.length > 0 ? (
        <List className={list.className}>
          {items.map((item, index) => (
            <li key={itemKey(item)}>
              {renderItem(item, index, (element) => {
                if (element) focusTargets.current.set(index, element);
                else focusTargets.current.delete(index);
              })}
            </li>
          ))}
        </List>
      ) : null}
      {shown && error ? <Alert tone="danger">{errorMessage(error, t)}</Alert> : null}
      {shown && hasMore ? (
        <div className="jobs-results__more">
          <Button
            variant="secondary"
            pending={status === 'loading_more'}
            onClick={() => {
              firstNew.current = items.length;
              onLoadMore();
            }}
          >
            {labels.loadMore}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
