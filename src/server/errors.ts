import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../contracts/common.js';
import { AppError, type ErrorCode, errorCodes, type FieldProblem } from '../core/errors.js';

const titles: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid',
  malformed_json: 'The body is not valid JSON',
  invalid_token: 'The link or token is not valid',
  weak_password: 'The password is too weak',
  unauthenticated: 'Sign in to continue',
  invalid_credentials: 'Sign-in failed',
  forbidden: 'You are not allowed to do this',
  csrf_invalid: 'The security token is missing or stale',
  not_found: 'Not found',
  conflict: 'Conflict',
  illegal_transition: 'That change is not allowed in the current state',
  organisation_not_verified: 'The organisation is not verified yet',
  last_owner: 'An organisation needs at least one owner',
  already_member: 'Already a member',
  already_applied: 'You have already applied to this position',
  already_requested: 'An introduction was already requested',
  position_not_open: 'The position is not open',
  body_too_large: 'The body is too large',
  unsupported_media_type: 'Unsupported content type',
  rate_limited: 'Too many requests',
  internal_error: 'Something went wrong on our side',
  not_ready: 'The service is not ready',
};

/** Builds the problem+json body for a code; the one place codes become HTTP. */
export function problemFor(code: ErrorCode, detail?: string, errors?: FieldProblem[]): Problem {
  return {
    type: `https://aitalenthub.test/problems/${code.replaceAll('_', '-')}`,
    title: titles[code],
    status: errorCodes[code],
    code,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

/** Sends a problem; the body is pre-serialised so no route response schema gets in the way. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** Fastify's error handler: every error, expected or not, leaves as problem+json. */
export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof AppError) {
    if (error.extra.retryAfterSeconds) reply.header('retry-after', String(error.extra.retryAfterSeconds));
    return sendProblem(reply, problemFor(error.code, error.message, error.extra.errors));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.flatMap((v) => validationProblems(v, error.validationContext));
    return sendProblem(reply, problemFor('validation_failed', 'Some fields are not valid.', errors));
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  const fastifyCode = 'code' in error ? String(error.code) : '';
  if (status < 500) return sendProblem(reply, clientProblem(status, fastifyCode, error.message));
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, problemFor('internal_error', 'The error was logged; please try again.'));
}

interface ValidationEntry {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

function validationProblems(entry: ValidationEntry, context: string | undefined): FieldProblem[] {
  const prefix = context && context !== 'body' ? `${context}.` : '';
  const base = entry.instancePath.split('/').filter(Boolean).join('.');
  const keys = entry.params.keys;
  if (entry.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
    // Decided once for the whole API: unknown fields are rejected, never silently dropped.
    return keys.map((key) => ({
      path: `${prefix}${base ? `${base}.` : ''}${String(key)}`,
      message: 'Unknown field',
      code: 'unknown_field',
    }));
  }
  const path = `${prefix}${base}` || context || 'body';
  return [{ path, message: entry.message ?? 'Invalid value', code: entry.keyword }];
}

function clientProblem(status: number, fastifyCode: string, message: string): Problem {
  if (status === 413) return problemFor('body_too_large', 'The request body is over the size limit.');
  if (status === 415)
    return problemFor('unsupported_media_type', 'Send JSON with Content-Type application/json.');
  if (fastifyCode.startsWith('FST_CSRF')) return problemFor('csrf_invalid', 'Reload the page and try again.');
  if (fastifyCode.includes('JSON') || /JSON/.test(message)) {
    return problemFor('malformed_json', 'The request body could not be parsed as JSON.', [
      { path: 'body', message: 'Malformed JSON' },
    ]);
  }
  if (status === 403) return problemFor('forbidden');
  if (status === 404) return problemFor('not_found');
  if (status === 429) return problemFor('rate_limited');
  return problemFor('validation_failed', 'The request could not be processed.', [{ path: 'body', message }]);
}
