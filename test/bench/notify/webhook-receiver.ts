import type { Server } from 'node:http';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, verifyWebhookSignature } from '@concord/contracts';
import { listenForWebhooks } from '../webhook-endpoint';

/** Receipts the receiver kept since it started, and what it refused to count. */
export interface ReceiverCounts {
  /** Distinct delivery ids received. */
  deliveries: number;
  /** The same delivery id again (a retry after an answer that got lost). */
  duplicates: number;
  /** A second delivery for an alert that already had one, one for an alert nobody waited for, or no JSON with an `alert`. */
  unexpected: number;
  badSignatures: number;
}

interface Awaited {
  remaining: number;
  receivedAt: Map<string, number>;
  /** Bytes of the bodies recorded, so a run can show that both sides sent bodies of the same size. */
  bodyBytes: number;
  /** The last body recorded, parsed. */
  lastBody?: Record<string, unknown>;
}

/**
 * The webhook endpoint both sides POST to: a node:http server that answers 200 at once, then
 * checks the signature, deduplicates on the delivery header and records, for the alerts it was
 * told to await, when the first delivery of each arrived (performance.now(), the clock the
 * producer stamps alerts with in this process).
 */
export class WebhookReceiver {
  private readonly deliveryIds = new Set<string>();
  private readonly counts: ReceiverCounts = { deliveries: 0, duplicates: 0, unexpected: 0, badSignatures: 0 };
  private awaited: Awaited = { remaining: 0, receivedAt: new Map(), bodyBytes: 0 };
  private lastReceiptAt = 0;

  private server?: Server;

  private constructor(
    private readonly secret: string,
  ) {}

  static async listen(port: number, secret: string): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(secret);
    receiver.server = await listenForWebhooks(port, (headers, body) =>
      receiver.record(performance.now(), headers[WEBHOOK_DELIVERY_HEADER], headers[WEBHOOK_SIGNATURE_HEADER], body),
    );
    return receiver;
  }

  /** From now on, records the first delivery of each of these alerts (and forgets earlier ones). */
  await(alertIds: readonly string[]): void {
    this.awaited = { remaining: alertIds.length, receivedAt: new Map(alertIds.map((id) => [id, Number.NaN])), bodyBytes: 0 };
  }

  /** When each awaited alert's first delivery arrived, once all have; else undefined. */
  receipts(): ReadonlyMap<string, number> | undefined {
    return this.awaited.remaining === 0 ? this.awaited.receivedAt : undefined;
  }

  awaitedStillMissing(): number {
    return this.awaited.remaining;
  }

  /** The last awaited alert's webhook body, parsed. */
  lastBody(): Record<string, unknown> | undefined {
    return this.awaited.lastBody;
  }

  /** Mean body size of the awaited alerts' deliveries recorded so far. */
  meanBodyBytes(): number {
    return this.awaited.bodyBytes / Math.max(1, this.awaited.receivedAt.size - this.awaited.remaining);
  }

  /** When the last counted delivery arrived (performance.now()). */
  lastReceipt(): number {
    return this.lastReceiptAt;
  }

  snapshot(): ReceiverCounts {
    return { ...this.counts };
  }

  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private record(at: number, deliveryId: string | string[] | undefined, signature: string | string[] | undefined, body: string): void {
    if (typeof deliveryId !== 'string' || typeof signature !== 'string') {
      this.counts.unexpected++;
      return;
    }
    if (!verifyWebhookSignature(this.secret, signature, body, 300, Math.floor(Date.now() / 1000))) this.counts.badSignatures++;
    if (this.deliveryIds.has(deliveryId)) {
      this.counts.duplicates++;
      return;
    }
    this.deliveryIds.add(deliveryId);
    this.counts.deliveries++;
    const parsed = parseJson(body);
    const alertId = parsed?.alert?.alertId ?? '';
    // NaN marks an awaited alert without a delivery yet.
    if (!Number.isNaN(this.awaited.receivedAt.get(alertId))) {
      this.counts.unexpected++;
      return;
    }
    this.awaited.receivedAt.set(alertId, at);
    this.awaited.remaining--;
    this.awaited.bodyBytes += Buffer.byteLength(body);
    this.awaited.lastBody = parsed ?? undefined;
    this.lastReceiptAt = at;
  }
}

function parseJson(body: string): { alert?: { alertId?: string } } | null {
  try {
    return JSON.parse(body) as { alert?: { alertId?: string } };
  } catch {
    return null;
  }
}
