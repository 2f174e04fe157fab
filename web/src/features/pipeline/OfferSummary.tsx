import { useTranslation } from 'react-i18next';
import type { OfferView } from '../../api/applications';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { useSalaryFormat } from '../salaries/useSalaryFormat';

const STATUS_TONES = {
  extended: 'warning',
  accepted: 'success',
  declined: 'neutral',
  withdrawn: 'neutral',
} as const;
const ALLOWANCES = ['housing', 'transport', 'flights', 'education', 'other'] as const;

/** An offer's terms as both sides see them: base, allowances, start date, and where it stands. */
export function OfferSummary({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  const money = useSalaryFormat();
  const format = useFormatters();
  const allowances = ALLOWANCES.filter((key) => offer.allowances[key] > 0);
  const per = t(`pipeline.offer.per.${offer.period}`);
  return (
    <div className="offer-summary">
      <p className="offer-summary__head">
        <Badge tone={STATUS_TONES[offer.status]}>{t(`pipeline.offer.status.${offer.status}`)}</Badge>
        <span className="muted">{format.date(offer.createdAt)}</span>
      </p>
      <dl className="offer-summary__terms">
        <div>
          <dt>{t('pipeline.offer.base')}</dt>
          <dd>
            {money.money(offer.base, offer.currency)} {per}
          </dd>
        </div>
        {allowances.map((key) => (
          <div key={key}>
            <dt>{t(`pipeline.offer.allowances.${key}`)}</dt>
            <dd>
              {money.money(offer.allowances[key], offer.currency)} {per}
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('pipeline.offer.startDate')}</dt>
          <dd>
            {offer.startDate ? format.date(`${offer.startDate}T00:00:00Z`) : t('pipeline.offer.startOpen')}
          </dd>
        </div>
      </dl>
    </div>
  );
}
