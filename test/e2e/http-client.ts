export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** Small JSON-over-HTTP helper for end-to-end tests; never throws on an HTTP error status. */
export async function request<T = unknown>(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON bodies are returned as text so a failing assertion shows them.
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export async function expectStatus<T>(expected: number, pending: Promise<JsonResponse<T>>): Promise<T> {
  const response = await pending;
  if (response.status !== expected) {
    throw new Error(`expected HTTP ${expected}, got ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}
