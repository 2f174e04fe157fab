import { type ReactNode, useId } from 'react';
import { cx } from '../lib/cx';

interface CardProps {
  title?: string;
  /** Keeps the heading outline valid wherever the card is placed. */
  headingLevel?: 2 | 3;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** An anchor for in-page links; the card can take focus when one is followed. */
  id?: string;
}

export function Card({ title, headingLevel = 2, description, actions, children, className, id }: CardProps) {
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      id={id}
      tabIndex={id ? -1 : undefined}
      className={cx('card', className)}
      aria-labelledby={title ? headingId : undefined}
    >
      {title ? (
        <div className="card__header">
          <div>
            <Heading id={headingId} className="card__title">
              {title}
            </Heading>
            {description ? <p className="card__description">{description}</p> : null}
          </div>
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
