/**
 * Routes whose last path segment is itself a credential: the notifier's signed acknowledge link
 * (whoever holds it may acknowledge the alert, which stops its escalation) and a complaint's
 * tracking code at ingest-api (whoever holds it may follow the complaint).
 */
const CREDENTIAL_IN_PATH = /^(\/v1\/(?:ack|complaints)\/)[^/?#]+/;

/** A request URL as the request log writes it: a credential carried in the path is replaced, so reading the log grants nothing. */
export function loggedUrl(url: string): string {
  return url.replace(CREDENTIAL_IN_PATH, '$1[redacted]');
}
