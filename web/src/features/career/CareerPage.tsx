import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  type CareerPageResponse,
  type CareerSnapshot,
  type CareerTarget,
  careerTargetSchema,
  fetchCareer,
  fetchCareerProgress,
} from '../../api/career';
import { fetchProfile } from '../../api/profile';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { AssessmentCard } from './AssessmentCard';
import { CareerLadder } from './CareerLadder';
import { CareerStatusNotice } from './CareerStatusNotice';
import { GapList } from './GapList';
import { ProgressCard } from './ProgressCard';
import { ProjectList } from './ProjectList';
import { ReadinessCard } from './ReadinessCard';
import { SinceLastVisit } from './SinceLastVisit';
import { TargetSelector } from './TargetSelector';
import { TrackComparison } from './TrackComparison';

interface CareerView {
  career: CareerPageResponse;
  snapshots: CareerSnapshot[];
  /** Skill ids to names, for expectations the API names by id. */
  skillNames: Map<string, string>;
}

/** Everything the page draws. Progress is read after the page, whose look records the newest snapshot. */
async function loadCareerView(target: CareerTarget | undefined): Promise<CareerView> {
  const career = await fetchCareer(target);
  const [progress, profile] = await Promise.all([fetchCareerProgress(), fetchProfile()]);
  const skillNames = new Map<string, string>(Object.entries(career.skillNames));
  for (const skill of profile.skills) skillNames.set(skill.skillId, skill.name);
  for (const gap of career.gaps) skillNames.set(gap.skillId, gap.name);
  for (const track of career.tracks) for (const gap of track.topGaps) skillNames.set(gap.skillId, gap.name);
  return { career, snapshots: progress.snapshots, skillNames };
}

function CareerContent({
  view,
  onTarget,
}: {
  view: CareerView;
  onTarget: (t: CareerTarget, d: boolean) => void;
}) {
  const { career, snapshots, skillNames } = view;
  const assessed = career.assessment.status === 'assessed';
  return (
    <div className="career-layout">
      <SinceLastVisit since={career.sinceLastVisit} />
      <CareerStatusNotice assessment={career.assessment} />
      <TargetSelector career={career} onChange={onTarget} />
      {assessed ? (
        <div className="career-columns">
          <CareerLadder career={career} />
          <AssessmentCard career={career} skillNames={skillNames} />
        </div>
      ) : (
        <CareerLadder career={career} />
      )}
      <ReadinessCard career={career} skillNames={skillNames} />
      {career.target ? <GapList career={career} /> : null}
      <ProjectList career={career} skillNames={skillNames} />
      <TrackComparison career={career} />
      <ProgressCard snapshots={snapshots} />
    </div>
  );
}

/** /career: where the candidate stands on the ladder, readiness toward a target, gaps and what they unlock. */
export function CareerPage() {
  const { t } = useTranslation();
  usePageTitle(t('career.title'));
  const [params, setParams] = useSearchParams();
  const parsed = careerTargetSchema.safeParse(params.get('target'));
  const target = parsed.success ? parsed.data : undefined;
  const load = useCallback(() => loadCareerView(target), [target]);
  const state = useLoad(load);
  const onTarget = (next: CareerTarget, isDefault: boolean) => {
    setParams(isDefault ? new URLSearchParams() : new URLSearchParams({ target: next }), {
      preventScrollReset: true,
    });
  };
  return (
    <div className="container page career-page">
      <PageHeader eyebrow={t('career.eyebrow')} title={t('career.title')} description={t('career.intro')} />
      <LoadBoundary state={state}>{(view) => <CareerContent view={view} onTarget={onTarget} />}</LoadBoundary>
    </div>
  );
}
