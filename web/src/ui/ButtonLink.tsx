import { Link, type LinkProps } from 'react-router';
import { cx } from '../lib/cx';
import type { ButtonVariant } from './Button';

interface ButtonLinkProps extends LinkProps {
  variant?: ButtonVariant;
  size?: 'md' | 'sm' | 'lg';
}

/** A navigation link that looks like a button; it stays a link for assistive technology. */
export function ButtonLink({ variant = 'primary', size = 'md', className, ...rest }: ButtonLinkProps) {
  return (
    <Link className={cx('btn', `btn--${variant}`, size !== 'md' && `btn--${size}`, className)} {...rest} />
  );
}
