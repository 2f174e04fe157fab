import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/errors';
import en from '../../../i18n/en.json';
import { errorMessage } from '../../../i18n/errors';

type TransitionProblem = keyof (typeof en)['employer']['positions']['problems'];

function isTransitionProblem(code: string): code is TransitionProblem {
  return Object.hasOwn(en.employer.positions.problems, code);
}

/**
 * Why a status change was refused. The API's field problems say more than its top-level code (an
 * illegal_transition may really mean "attest the funding first" or "the end date has passed").
 */
export function transitionErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const specific = (error.problem.errors ?? []).map((issue) => issue.code ?? '').find(isTransitionProblem);
    if (specific) return t(`employer.positions.problems.${specific}`);
  }
  return errorMessage(error, t);
}
