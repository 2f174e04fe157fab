// The business rules of a position body, on top of what the zod contract already checked (types,
// lengths, enums). Every problem is reported in one go so the form can mark every field at once.
import type { PositionBody } from '../../contracts/positions.js';
import { AppError, type FieldProblem } from '../errors.js';
import type { FxTable } from '../money/index.js';
import { packageProblems, salaryProblems } from './pay-checks.js';
import { skillProblems } from './skill-checks.js';
import { validThroughProblem } from './valid-through.js';

export interface PositionRulesContext {
  now: Date;
  isKnownSkill: (id: string) => boolean;
  table: FxTable;
}

function workplaceProblems(body: PositionBody): FieldProblem[] {
  const path = 'remoteCountries';
  if (body.workplace === 'remote' && body.remoteCountries.length === 0)
    return [{ path, message: 'Say which countries a remote hire may live in', code: 'required' }];
  // Hybrid roles may still hire from nearby countries; only a fully onsite role has no use for them.
  if (body.workplace === 'onsite' && body.remoteCountries.length > 0)
    return [{ path, message: 'An onsite position takes no remote countries', code: 'not_applicable' }];
  return [];
}

/** Every business-rule problem with a position body, in the order of the body's fields. */
export function positionProblems(body: PositionBody, ctx: PositionRulesContext): FieldProblem[] {
  const ending =
    body.validThrough === undefined
      ? null
      : validThroughProblem(body.validThrough, ctx.now, 'validThrough', true);
  return [
    ...skillProblems(body, ctx.isKnownSkill),
    ...workplaceProblems(body),
    ...salaryProblems(body.salary, ctx.table, ctx.now),
    ...packageProblems(body.package, body.salary),
    ...(ending ? [ending] : []),
  ];
}

/** Throws one validation_failed listing every problem with the body; returns when there is none. */
export function validatePosition(body: PositionBody, ctx: PositionRulesContext): void {
  const problems = positionProblems(body, ctx);
  if (problems.length > 0)
    throw new AppError('validation_failed', 'Some fields are not valid.', { errors: problems });
}
