import { Injectable, type MessageEvent } from '@nestjs/common';
import { RedisBroadcast } from '@concord/queue';
import { Observable } from 'rxjs';

/** What a connected console hears when an inbox entry arrives (an alert's notification or a case notice). */
export interface InboxEntry {
  notificationId: string;
  personId: string;
  /** the alert thread it tells, or null for a case's entry */
  threadId: string | null;
  /** the mediation case it tells, or null for an alert's entry */
  caseId: string | null;
  /** the alert's level; null for a case's entry */
  level: string | null;
  title: string;
}

const CHANNEL = 'notify-inbox';

/**
 * Live updates of the in-app inbox over every notifier instance: a committed inbox entry is
 * broadcast on Redis, and each instance forwards it to the server-sent-event streams of that
 * person it holds. The inbox itself is the notifications table; a client that was away reads it.
 */
@Injectable()
export class InboxEvents {
  constructor(private readonly broadcast: RedisBroadcast) {}

  publish(entries: readonly InboxEntry[]): Promise<void> {
    return this.broadcast.publish(CHANNEL, entries.map((entry) => JSON.stringify(entry)));
  }

  stream(personId: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      let stop: (() => void) | undefined;
      this.broadcast
        .listen(CHANNEL, (message) => {
          const entry = JSON.parse(message) as InboxEntry;
          if (entry.personId === personId) subscriber.next({ type: 'notification', id: entry.notificationId, data: entry });
        })
        .then((unlisten) => {
          stop = unlisten;
          // Tells the client the stream is live, so it can stop polling.
          subscriber.next({ type: 'ready', data: { personId } });
        })
        .catch((error: unknown) => subscriber.error(error));
      return () => stop?.();
    });
  }
}
