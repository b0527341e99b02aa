import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { QUEUE_SETTINGS, REDIS_CONNECTION } from './queue.tokens';
import type { QueueSettings } from './queue-settings';

/**
 * Redis pub/sub between the instances of a service, for what every instance must hear at once
 * (e.g. an inbox entry for a browser connected to another instance). Fire and forget: a
 * listener that is down misses messages, so it is only for live updates over durable state.
 */
@Injectable()
export class RedisBroadcast implements OnApplicationShutdown {
  private subscriber?: Redis;
  private readonly listeners = new Map<string, Set<(message: string) => void>>();

  constructor(
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
  ) {}

  /** One round trip for all of them (a pipeline). */
  async publish(channel: string, messages: readonly string[]): Promise<void> {
    if (messages.length === 0) return;
    const pipeline = this.connection.pipeline();
    for (const message of messages) pipeline.publish(this.named(channel), message);
    const failed = (await pipeline.exec())?.find(([error]) => error !== null)?.[0];
    if (failed) throw failed;
  }

  /** Whether any instance subscribes to `channel` now: a sender with nobody to hear can skip building its messages. */
  async hasListeners(channel: string): Promise<boolean> {
    const [, subscribers] = (await this.connection.pubsub('NUMSUB', this.named(channel))) as [string, number];
    return subscribers > 0;
  }

  /** Calls `listener` with every message on `channel` until the returned function is called. */
  async listen(channel: string, listener: (message: string) => void): Promise<() => void> {
    const named = this.named(channel);
    if (!this.subscriber) {
      // A subscribed connection can do nothing else, so it is a connection of its own.
      this.subscriber = this.connection.duplicate();
      this.subscriber.on('message', (from: string, message: string) => this.listeners.get(from)?.forEach((call) => call(message)));
    }
    const listeners = this.listeners.get(named) ?? new Set();
    if (listeners.size === 0) await this.subscriber.subscribe(named);
    listeners.add(listener);
    this.listeners.set(named, listeners);
    return () => {
      listeners.delete(listener);
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }

  private named(channel: string): string {
    return `${this.settings.prefix}:broadcast:${channel}`;
  }
}
