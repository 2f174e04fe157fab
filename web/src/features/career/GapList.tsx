import { useTranslation } from 'react-i18next';
import type { CareerPageResponse, SkillGap } from '../../api/career';
import { ButtonLink } from '../../ui/ButtonLink';
import { Card } from '../../ui/Card';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

function Gap({ gap, rank }: { gap: SkillGap; rank: number }) {
  const { t } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  const { demand, payEffect, unlock } = gap;
  return (
    <li className="career-gap" aria-labelledby={`gap-${gap.skillId}`}>
      <div className="career-gap__head">
        <span className="career-gap__rank" aria-hidden="true">
          {format.whole(rank)}
        </span>
        <h3 className="career-gap__name" id={`gap-${gap.skillId}`}>
          {gap.name}
        </h3>
        <ButtonLink
          to="/profile#skills"
          variant="secondary"
          size="sm"
          aria-label={t('career.gaps.addLabel', { skill: gap.name })}
        >
          {t('career.gaps.add')}
        </ButtonLink>
      </div>
      <dl className="career-gap__facts">
        <div>
          <dt>{t('career.gaps.proficiency')}</dt>
          <dd>
            {gap.currentProficiency === 0
              ? t('career.gaps.notHeldExpected', { expected: format.whole(gap.expectedProficiency) })
              : t('career.gaps.currentExpected', {
                  current: format.whole(gap.currentProficiency),
                  expected: format.whole(gap.expectedProficiency),
                })}
          </dd>
        </div>
        <div>
          <dt>{t('career.gaps.demand')}</dt>
          <dd>
            {demand.share === null
              ? t('career.gaps.noDemandData')
              : t('career.gaps.demandShare', {
                  share: format.share(demand.share),
                  requiring: format.whole(demand.requiring),
                  positions: format.whole(demand.positions),
                })}
          </dd>
        </div>
        <div>
          <dt>{t('career.gaps.pay')}</dt>
          <dd>
            {payEffect.source === 'neutral'
              ? text.paySource(gap)
              : t('career.gaps.payPremium', {
                  premium: format.premium(payEffect.premium),
                  source: text.paySource(gap),
                })}
          </dd>
        </div>
        <div>
          <dt>{t('career.gaps.unlock')}</dt>
          <dd data-testid={`unlock-${gap.skillId}`}>
            {unlock === null
              ? t('career.gaps.unlockUnknown')
              : unlock.positions === 0
                ? t('career.gaps.unlockNone')
                : unlock.medianBandUsd === null
                  ? t('career.gaps.unlockCount', {
                      count: unlock.positions,
                      n: format.whole(unlock.positions),
                    })
                  : t('career.gaps.unlockCountBand', {
                      count: unlock.positions,
                      n: format.whole(unlock.positions),
                      band: format.usd(unlock.medianBandUsd),
                    })}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** The skill gaps toward the target, most valuable first (demand × pay effect × size of the gap). */
export function GapList({ career }: { career: CareerPageResponse }) {
  const { t } = useTranslation();
  const text = useCareerText();
  const target = career.target ? text.targetName(career.target.id) : '';
  return (
    <Card
      title={t('career.gaps.title', { target })}
      description={t('career.gaps.intro')}
      className="career-card"
    >
      {career.gaps.length === 0 ? (
        <p className="career-empty">{t('career.gaps.none')}</p>
      ) : (
        <ol className="career-gaps" aria-label={t('career.gaps.listLabel')}>
          {career.gaps.map((gap, index) => (
            <Gap key={gap.skillId} gap={gap} rank={index + 1} />
          ))}
        </ol>
      )}
    </Card>
  );
}
