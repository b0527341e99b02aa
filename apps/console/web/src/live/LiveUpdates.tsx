import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { apiUrl } from '../api/client';
import { useSession } from '../app/use-session';
import i18n from '../i18n';

/** What the notifier's inbox stream sends for each new in-app entry (apps/notifier/src/notifications/inbox-events.ts). */
export interface InboxEntry {
  notificationId: string;
  personId: string;
  threadId: string | null;
  caseId: string | null;
  level: string | null;
  title: string;
}

export interface Toast {
  id: string;
  text: string;
  level: string | null;
}

interface LiveUpdates {
  /** Grows by one on every entry; pages list it as a dependency to reload their data. */
  revision: number;
  connected: boolean;
  toasts: Toast[];
  dismiss: (id: string) => void;
}

const LiveContext = createContext<LiveUpdates>({ revision: 0, connected: false, toasts: [], dismiss: () => undefined });

const TOAST_MS = 8000;

/**
 * One EventSource per logged-in tab on the notifier's inbox stream (through the console's proxy;
 * EventSource cannot send headers, so the token travels as access_token). A new alert or a level
 * change arrives as an entry: it shows a toast and bumps `revision` so the board and inbox reload.
 * EventSource reconnects by itself after a drop.
 */
export function LiveUpdatesProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const [revision, setRevision] = useState(0);
  const [connected, setConnected] = useState(false);
  const [toasts, setToasts] = useState<Toast[]>([]);

  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);

  useEffect(() => {
    if (!session) return;
    const source = new EventSource(apiUrl('notifier', '/me/inbox/stream', { access_token: session.token }));
    const timers = new Set<number>();
    source.addEventListener('ready', () => setConnected(true));
    source.addEventListener('notification', (event: MessageEvent<string>) => {
      const entry = JSON.parse(event.data) as InboxEntry;
      const text = entry.caseId ? i18n.t('live.caseNotice', { title: entry.title }) : i18n.t('live.alert', { title: entry.title });
      setToasts((current) => [...current.slice(-3), { id: entry.notificationId, text, level: entry.level }]);
      setRevision((value) => value + 1);
      timers.add(window.setTimeout(() => dismiss(entry.notificationId), TOAST_MS));
    });
    source.onerror = () => setConnected(false);
    return () => {
      source.close();
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [session, dismiss]);

  const value = useMemo(() => ({ revision, connected, toasts, dismiss }), [revision, connected, toasts, dismiss]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLiveUpdates(): LiveUpdates {
  return useContext(LiveContext);
}
