/** Query parameters whose values are credentials (e.g. `?access_token=` from EventSource). */
const SECRET_PARAMETER = /token|secret|password|passwd|key|signature|sig$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request's path and query as recorded: parameters that may carry a credential are dropped. */
export function auditedPath(originalUrl: string): string {
  const url = new URL(originalUrl, 'http://audit.invalid');
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  return `${url.pathname}${url.search}`;
}

/** The ids a change is about: every UUID among the path's segments, in order. */
export function targetIdsOf(originalUrl: string): string[] {
  const { pathname } = new URL(originalUrl, 'http://audit.invalid');
  return pathname.split('/').filter((segment) => UUID.test(segment)).map((id) => id.toLowerCase());
}
