import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../i18n/errors';
import { Button, type ButtonVariant } from '../ui/Button';
import { useAuth } from './auth-context';

interface SignOutButtonProps {
  variant?: ButtonVariant;
  className?: string;
}

export function SignOutButton({ variant = 'secondary', className }: SignOutButtonProps) {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onClick = async () => {
    setPending(true);
    setError(null);
    try {
      // Leave the (possibly private) page synchronously before the user is forgotten; otherwise its
      // route guard would briefly see an anonymous visitor and bounce them to sign-in.
      await signOut(() => navigate('/', { replace: true, flushSync: true }));
    } catch (caught) {
      setError(errorMessage(caught, t));
      setPending(false);
    }
  };

  return (
    <>
      <Button variant={variant} className={className} pending={pending} onClick={() => void onClick()}>
        {t('userMenu.signOut')}
      </Button>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
