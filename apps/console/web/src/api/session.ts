/** The logged-in staff member's token, kept in sessionStorage so a closed tab ends the session. */
export interface StoredSession {
  token: string;
  /** epoch milliseconds */
  expiresAt: number;
  person: { id: string; name: string; roles: string[] };
}

const KEY = 'concord.session';
const listeners = new Set<() => void>();

export function readSession(): StoredSession | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as StoredSession;
  if (session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function saveSession(session: StoredSession): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: components re-render when the session starts or ends. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
