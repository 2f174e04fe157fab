import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { VisibilitySettings } from '../../../../../src/contracts/profile.js';
import { fetchPreview, fetchProfile, type PreviewMode } from '../../../api/profile';
import { useLoad } from '../../../lib/useLoad';
import { usePageTitle } from '../../../lib/usePageTitle';
import { Alert } from '../../../ui/Alert';
import { ButtonLink } from '../../../ui/ButtonLink';
import { LoadBoundary } from '../../../ui/LoadBoundary';
import { PageHeader } from '../../../ui/PageHeader';
import { RadioCards } from '../../../ui/RadioCards';
import { ProfileTabs } from '../ProfileTabs';
import { CandidateViewCard } from './CandidateViewCard';

function toMode(value: string | null): PreviewMode | null {
  return value === 'anonymous' || value === 'verified_employers' ? value : null;
}

export function PreviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.preview.title'));
  const profile = useLoad(fetchProfile);
  return (
    <div className="container page">
      <PageHeader title={t('profile.preview.title')} description={t('profile.preview.intro')} />
      <ProfileTabs />
      <LoadBoundary state={profile}>
        {(data) => <EmployerPreview visibility={data.visibility.visibility} />}
      </LoadBoundary>
    </div>
  );
}

function EmployerPreview({ visibility }: { visibility: VisibilitySettings['visibility'] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Without a choice in the address, show the mode the candidate has chosen for employers.
  const mode: PreviewMode =
    toMode(params.get('mode')) ?? (visibility === 'anonymous' ? 'anonymous' : 'verified_employers');
  const load = useCallback(() => fetchPreview(mode), [mode]);
  const preview = useLoad(load);

  return (
    <div className="preview-layout">
      <div className="stack preview-layout__aside">
        {visibility === 'hidden' ? (
          <Alert tone="warning" title={t('profile.preview.hiddenTitle')}>
            {t('profile.preview.hiddenBody')}
          </Alert>
        ) : null}
        <RadioCards
          legend={t('profile.preview.modeLegend')}
          name="mode"
          value={mode}
          stacked
          onChange={(next) => setParams({ mode: next }, { replace: true })}
          options={(['verified_employers', 'anonymous'] as const).map((value) => ({
            value,
            label: t(`profile.preview.modes.${value}.label`),
            description: t(`profile.preview.modes.${value}.description`),
          }))}
        />
        <p className="muted">
          {visibility === mode
            ? t('profile.preview.isYourSetting')
            : visibility === 'hidden'
              ? t('profile.preview.hiddenNote')
              : t('profile.preview.notYourSetting')}
        </p>
        <ButtonLink to="/profile#visibility" variant="secondary" size="sm">
          {t('profile.preview.changeVisibility')}
        </ButtonLink>
      </div>
      <section
        className="preview-frame"
        aria-labelledby="preview-frame-title"
        aria-busy={preview.status === 'loading'}
      >
        <h2 id="preview-frame-title" className="preview-frame__label">
          {t('profile.preview.frameLabel')}
        </h2>
        <p className="preview-frame__mode" role="status">
          {t(`profile.preview.showing.${mode}`)}
        </p>
        <LoadBoundary state={preview}>{(view) => <CandidateViewCard view={view} />}</LoadBoundary>
      </section>
    </div>
  );
}
