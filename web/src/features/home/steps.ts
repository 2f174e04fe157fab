import type { User } from '../../../../src/contracts/auth.js';

export type StepStatus = 'done' | 'todo' | 'soon';
export type StepKey =
  | 'verifyEmail'
  | 'reviewAccount'
  | 'candidateProfile'
  | 'careerPath'
  | 'benchmarks'
  | 'organisation'
  | 'position'
  | 'shortlist'
  | 'platformOverview'
  | 'verification'
  | 'outbox';

export interface Step {
  key: StepKey;
  status: StepStatus;
  to?: string;
}

/** Role-aware onboarding; features that are not built yet are shown honestly as "coming soon". */
export function stepsFor(user: User): Step[] {
  const common: Step[] = [
    { key: 'verifyEmail', status: user.emailVerified ? 'done' : 'todo' },
    { key: 'reviewAccount', status: 'todo', to: '/account' },
  ];
  if (user.accountType === 'admin') {
    return [
      ...common,
      { key: 'platformOverview', status: 'todo', to: '/admin' },
      { key: 'verification', status: 'todo', to: '/admin/verification' },
      { key: 'outbox', status: 'todo', to: '/admin/outbox' },
    ];
  }
  if (user.accountType === 'employer') {
    return [
      ...common,
      { key: 'organisation', status: 'todo', to: '/organisation' },
      { key: 'position', status: 'todo', to: '/positions' },
      { key: 'shortlist', status: 'soon' },
    ];
  }
  return [
    ...common,
    { key: 'candidateProfile', status: 'todo', to: '/profile' },
    { key: 'careerPath', status: 'soon' },
    { key: 'benchmarks', status: 'soon' },
  ];
}
