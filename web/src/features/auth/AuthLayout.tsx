import type { ReactNode } from 'react';
import { BrandMark } from '../../app/BrandMark';

interface AuthLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  icon?: ReactNode;
}

/** The narrow, centred frame shared by sign-in, sign-up and the email-link pages. */
export function AuthLayout({ title, intro, children, footer, icon }: AuthLayoutProps) {
  return (
    <div className="auth-page">
      <div className="auth-card">
        <div className="auth-card__head">
          {icon ?? <BrandMark />}
          <h1 className="auth-card__title">{title}</h1>
          {intro ? <p className="auth-card__intro">{intro}</p> : null}
        </div>
        {children}
      </div>
      {footer ? <div className="auth-page__footer">{footer}</div> : null}
    </div>
  );
}
