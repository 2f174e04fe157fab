import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../../lib/cx';
import { Button } from '../../ui/Button';
import { ChevronDownIcon } from '../../ui/icons';

interface FilterPanelProps {
  /** How many values narrow the view now. */
  count: number;
  onClear: () => void;
  children: ReactNode;
}

/** The job list's filter panel look: beside the results on wide screens, folded behind a button on phones. */
export function FilterPanel({ count, onClear, children }: FilterPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="jobs-filters" aria-labelledby={`${id}-title`}>
      <div className="jobs-filters__head">
        <h2 id={`${id}-title`} className="jobs-filters__title">
          {t('jobs.filters.title')}
        </h2>
        <Button
          variant="secondary"
          size="sm"
          className="jobs-filters__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((v) => !v)}
        >
          {count > 0
            ? t('jobs.filters.toggleCount', { count })
            : open
              ? t('jobs.filters.hide')
              : t('jobs.filters.toggle')}
          <ChevronDownIcon className="disclosure-icon" />
        </Button>
      </div>
      <div id={`${id}-body`} className={cx('jobs-filters__body', !open && 'jobs-filters__body--collapsed')}>
        {children}
        {count > 0 ? (
          <Button variant="ghost" size="sm" onClick={onClear}>
            {t('jobs.filters.clear')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
