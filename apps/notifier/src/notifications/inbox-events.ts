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
/** Entries per broadcast message: a batch of alerts tells thousands of people, one message each would be thousands of commands. */
const ENTRIES_PER_MESSAGE = 200;

type EntryListener = (entry: InboxEntry) => void;

/**
 * Live updates of the in-app inbox over every notifier instance: committed inbox entries are
 * broadcast on Redis, a batch per message, and each instance parses each message once and forwards
 * every entry to the server-sent-event streams it holds for that entry's person. The inbox itself
 * is the notifications table; a client that was away reads it.
 */
@Injectable()
export class InboxEvents {
  private readonly streams = new Map<string, Set<EntryListener>>();
  private listening?: Promise<unknown>;

  constructor(private readonly broadcast: RedisBroadcast) {}

  /**
   * Broadcasts the entries, unless no instance listens (no console has connected to any): as JSON
   * they are some 1 KB per alert, a third of what filing the alert writes to Postgres. A console
   * that connects later loads its inbox as it opens, as it always did for what came before.
   */
  async publish(entries: readonly InboxEntry[]): Promise<void> {
    if (entries.length === 0 || !(await this.broadcast.hasListeners(CHANNEL))) return;
    const messages: string[] = [];
    for (let start = 0; start < entries.length; start += ENTRIES_PER_MESSAGE) messages.push(JSON.stringify(entries.slice(start, start + ENTRIES_PER_MESSAGE)));
    return this.broadcast.publish(CHANNEL, messages);
  }

  stream(personId: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      const listener: EntryListener = (entry) => subscriber.next({ type: 'notification', id: entry.notificationId, data: entry });
      const ofPerson = this.streams.get(personId) ?? new Set();
      ofPerson.add(listener);
      this.streams.set(personId, ofPerson);
      this.listen()
        // Tells the client the stream is live, so it can stop polling.
        .then(() => subscriber.next({ type: 'ready', data: { personId } }))
        .catch((error: unknown) => subscriber.error(error));
      return () => {
        ofPerson.delete(listener);
        if (ofPerson.size === 0 && this.streams.get(personId) === ofPerson) this.streams.delete(personId);
      };
    });
  }

  /** Subscribes this instance to the broadcast once, on its first stream (again on a later one if that failed). */
  private listen(): Promise<unknown> {
    this.listening ??= this.broadcast
      .listen(CHANNEL, (message) => this.dispatch(message))
      .catch((error: unknown) => {
        this.listening = undefined;
        throw error;
      });
    return this.listening;
  }

  /**
   * Hands each entry of a message to its person's streams. An older instance (during a rolling
   * upgrade) sends one entry per message; a message that is not JSON is dropped, since throwing
   * here would throw inside the Redis client's event handler.
   */
  private dispatch(message: string): void {
    let parsed: InboxEntry | InboxEntry[];
    try {
      parsed = JSON.parse(message) as InboxEntry | InboxEntry[];
    } catch {
      return;
    }
    for (const entry of Array.isArray(parsed) ? parsed : [parsed]) this.streams.get(entry?.personId)?.forEach((listener) => listener(entry));
  }
}
