/**
 * Domain errors carry a stable code; src/server/errors.ts is the one place that maps codes to
 * HTTP statuses and problem+json. Services throw these and never think about HTTP.
 */
export const errorCodes = {
  validation_failed: 400,
  malformed_json: 400,
  invalid_token: 400,
  weak_password: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_invalid: 403,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  organisation_not_verified: 409,
  last_owner: 409,
  already_member: 409,
  already_applied: 409,
  already_requested: 409,
  position_not_open: 409,
  body_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  not_ready: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

/** A 400 naming the offending field. */
export function fieldError(path: string, message: string, code: ErrorCode = 'validation_failed'): AppError {
  return new AppError(code, message, { errors: [{ path, message, code }] });
}
