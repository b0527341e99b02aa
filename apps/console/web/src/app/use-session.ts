import { useSyncExternalStore } from 'react';
import { readSession, type StoredSession, subscribeSession } from '../api/session';

let cached: { raw: string | null; session: StoredSession | null } = { raw: null, session: null };

/** The current session, re-rendering on login and logout; a stable object while nothing changes. */
export function useSession(): StoredSession | null {
  return useSyncExternalStore(subscribeSession, () => {
    const session = readSession();
    const raw = session ? JSON.stringify(session) : null;
    if (raw !== cached.raw) cached = { raw, session };
    return cached.session;
  });
}

/** Whether a nav entry limited to `roles` is for this person; admin sees everything. */
export function hasAnyRole(session: StoredSession | null, roles: string[] | undefined): boolean {
  if (!session) return false;
  if (!roles || session.person.roles.includes('admin')) return true;
  return roles.some((role) => session.person.roles.includes(role));
}
