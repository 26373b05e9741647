/** Calls to the host's API with the browser's sign-in cookie; errors are ProblemDetails turned into ApiError. */

export interface ProblemIssue {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  activityId?: string | null;
  property?: string | null;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  issues?: ProblemIssue[];
  /** Validation problems: the first field broken, and every field's messages. */
  field?: string;
  rule?: string;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The stable last segment of the problem type, e.g. `definition-changed`. */
  get kind(): string {
    return (this.problem.type ?? '').split('/').pop() ?? '';
  }
}

let onUnauthorized: (() => void) | undefined;
export const setUnauthorizedHandler = (handler: () => void) => {
  onUnauthorized = handler;
};

export interface ApiResponse<T> {
  body: T;
  headers: Headers;
}

export async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/auth/')) onUnauthorized?.();
    const problem: Problem = typeof parsed === 'object' && parsed !== null ? (parsed as Problem) : { title: String(parsed ?? response.statusText) };
    throw new ApiError(response.status, { status: response.status, ...problem });
  }
  return { body: parsed as T, headers: response.headers };
}

export const api = {
  get: async <T>(path: string) => (await call<T>('GET', path)).body,
  post: async <T>(path: string, body?: unknown) => (await call<T>('POST', path, body)).body,
  put: async <T>(path: string, body?: unknown) => (await call<T>('PUT', path, body)).body,
  delete: async (path: string) => {
    await call<unknown>('DELETE', path);
  },
};

export const errorText = (error: unknown): string => {
  if (error instanceof ApiError) {
    const issues = error.problem.issues?.map((i) => `${i.activityId ? `${i.activityId}: ` : ''}${i.message}`) ?? [];
    return [error.message, ...issues].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
};

/** A 400's messages per field (`errors`, else `issues` by property, else the one `field`), for forms to show beside their inputs. */
export const fieldErrors = (error: unknown): Record<string, string> => {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(error.problem.errors ?? {})) if (messages.length) result[field] = messages.join(' ');
  for (const issue of error.problem.issues ?? []) if (issue.property && !result[issue.property]) result[issue.property] = issue.message;
  if (error.problem.field && !result[error.problem.field]) result[error.problem.field] = error.problem.detail ?? error.message;
  return result;
};
