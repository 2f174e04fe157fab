import { type Problem, problemSchema } from '../../../src/contracts/common.js';

/** Codes the UI produces itself, next to the API's stable problem codes. */
export type ClientErrorCode = 'network_error' | 'invalid_response';

/** Every failed API call surfaces as an ApiError carrying an RFC 9457 problem. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get code(): string {
    return this.problem.code;
  }

  /** Per-field messages keyed by field name; the first message for a field wins. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.problem.errors ?? []) {
      const field = issue.path.split(/[./]/).filter(Boolean)[0] ?? issue.path;
      if (field && !(field in out)) out[field] = issue.message;
    }
    return out;
  }
}

export function clientError(code: ClientErrorCode, status = 0): ApiError {
  return new ApiError({ type: 'about:blank', title: code, status, code });
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Builds an ApiError from a non-2xx response, tolerating bodies that are not problem documents. */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy error page or an empty body: fall through to a synthetic problem.
  }
  const parsed = problemSchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data, retryAfter);
  const code = response.status >= 500 ? 'internal_error' : 'http_error';
  return new ApiError(
    { type: 'about:blank', title: response.statusText || code, status: response.status, code },
    retryAfter,
  );
}
