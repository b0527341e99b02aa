import { clearSession, readSession } from './session';

/**
 * Every service is reached through the console origin: its own API under /v1, the others under
 * the prefixes the console proxies (prefix stripped, Authorization forwarded).
 */
export const API = {
  console: '/v1',
  risk: '/api/risk/v1',
  notifier: '/api/notifier/v1',
  cases: '/api/cases/v1',
} as const;

export type ApiBase = keyof typeof API;

/** A failed call, carrying the server's own message (the platform error filter's `{ error, message }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Called on 401 (token expired or revoked): the app returns to the login page. */
let onUnauthenticated: () => void = () => undefined;
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export function apiUrl(base: ApiBase, path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API[base]}${path}${search ? `?${search}` : ''}`;
}

/** JSON over fetch with the session's bearer token; resolves to the parsed body (undefined for 204). */
export async function api<T>(base: ApiBase, path: string, options: RequestOptions = {}): Promise<T> {
  const session = readSession();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (session) headers.authorization = `Bearer ${session.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(apiUrl(base, path, options.query), {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (response.status === 401 && session) {
    clearSession();
    onUnauthenticated();
  }
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: string; message?: string; problems?: { path: string; message: string }[] };
    return new ApiError(response.status, body.error ?? 'error', body.message ?? response.statusText, body.problems);
  } catch {
    return new ApiError(response.status, 'error', text || response.statusText);
  }
}
