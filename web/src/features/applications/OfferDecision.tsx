import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { acceptOffer, declineOffer, type OfferView } from '../../api/applications';
import { errorMessage } from '../../i18n/errors';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { OfferSummary } from '../pipeline/OfferSummary';

/**
 * An offer waiting for the candidate's answer. Sharing it with the salary benchmarks is a separate,
 * explained choice that starts unticked: nothing is shared unless the candidate says so.
 */
export function OfferDecision({
  offer,
  onDecided,
}: {
  offer: OfferView;
  onDecided: (offer: OfferView) => void;
}) {
  const { t } = useTranslation();
  const [share, setShare] = useState(false);
  const [pending, setPending] = useState<'accept' | 'decline' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const decide = async (choice: 'accept' | 'decline') => {
    setPending(choice);
    setError(null);
    try {
      onDecided(choice === 'accept' ? await acceptOffer(offer.id, share) : await declineOffer(offer.id));
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="offer-decision">
      <OfferSummary offer={offer} />
      {offer.status === 'extended' ? (
        <>
          <CheckboxField
            name={`share-${offer.id}`}
            label={t('applications.offer.share')}
            hint={t('applications.offer.shareHint')}
            checked={share}
            onChange={(e) => setShare(e.target.checked)}
          />
          <p className="muted">{t('applications.offer.offMarketHint')}</p>
          <div className="button-row button-row--tight">
            <Button
              size="sm"
              pending={pending === 'accept'}
              disabled={pending !== null}
              onClick={() => void decide('accept')}
            >
              {t('applications.offer.accept')}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              pending={pending === 'decline'}
              disabled={pending !== null}
              onClick={() => void decide('decline')}
            >
              {t('applications.offer.decline')}
            </Button>
          </div>
        </>
      ) : offer.status === 'accepted' ? (
        <>
          <p className="muted">
            {offer.shareWithBenchmarks ? t('applications.offer.shared') : t('applications.offer.notShared')}
          </p>
          <p className="muted">
            {t('applications.offer.offMarket')} <Link to="/profile">{t('applications.offer.goalsLink')}</Link>
          </p>
        </>
      ) : null}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
