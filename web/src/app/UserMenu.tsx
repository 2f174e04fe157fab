import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { User } from '../../../src/contracts/auth.js';
import { ChevronDownIcon } from '../ui/icons';
import { SignOutButton } from './SignOutButton';
import { initialsOf, roleKey } from './user-display';

/** A disclosure (not an ARIA menu): a button that shows a small panel of links and actions. */
export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the route changes.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="avatar" aria-hidden="true">
          {initialsOf(user.displayName)}
        </span>
        <span className="user-menu__name">{user.displayName}</span>
        <span className="visually-hidden">{t('userMenu.open')}</span>
        <ChevronDownIcon className="user-menu__chevron" />
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <div className="user-menu__identity">
          <p className="user-menu__fullname">{user.displayName}</p>
          <p className="user-menu__email">{user.email}</p>
          <p className="user-menu__role">{t(roleKey(user))}</p>
        </div>
        <ul className="user-menu__list">
          <li>
            <Link to="/account" className="user-menu__item">
              {t('userMenu.account')}
            </Link>
          </li>
          <li>
            <SignOutButton className="user-menu__item" variant="ghost" />
          </li>
        </ul>
      </div>
    </div>
  );
}
