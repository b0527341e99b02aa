import type { Server } from 'node:http';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, verifyWebhookSignature } from '@concord/contracts';
import { listenForWebhooks } from '../webhook-endpoint';

/** The first delivery of one webhook: which alert revision it told, and when it arrived (Date.now()). */
export interface WebhookReceipt {
  alertId: string;
  revision: number;
  at: number;
}

/**
 * The notification endpoint of the run (the notifier's WEBHOOK_URL): a node:http server that
 * answers 200 at once, then verifies the signature, de-duplicates on the delivery id and keeps
 * when each delivery first arrived, with a sample of the bodies for the raw BullMQ baseline. A
 * purpose-built receiver rather than libs/testing's http-receiver, which keeps every request and
 * no arrival time.
 */
export class WebhookReceipts {
  readonly receipts: WebhookReceipt[] = [];
  readonly bodies: Record<string, unknown>[] = [];
  badSignatures = 0;
  duplicates = 0;
  /** Bodies that are not the JSON of an alert (the notifier sends nothing else to this endpoint). */
  unreadable = 0;
  private readonly deliveryIds = new Set<string>();

  private server?: Server;

  private constructor(
    private readonly secret: string,
    private readonly keepBodies: number,
  ) {}

  static async listen(port: number, secret: string, keepBodies: number): Promise<WebhookReceipts> {
    const receiver = new WebhookReceipts(secret, keepBodies);
    receiver.server = await listenForWebhooks(port, (headers, body) =>
      receiver.record(Date.now(), headers[WEBHOOK_DELIVERY_HEADER], headers[WEBHOOK_SIGNATURE_HEADER], body),
    );
    return receiver;
  }

  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }

  private record(at: number, deliveryId: unknown, signature: unknown, body: string): void {
    if (typeof signature !== 'string' || !verifyWebhookSignature(this.secret, signature, body, 300, Math.floor(at / 1000))) this.badSignatures++;
    if (typeof deliveryId !== 'string' || this.deliveryIds.has(deliveryId)) {
      this.duplicates++;
      return;
    }
    this.deliveryIds.add(deliveryId);
    const parsed = parseAlertBody(body);
    if (!parsed) {
      this.unreadable++;
      return;
    }
    this.receipts.push({ alertId: parsed.alert.alertId, revision: parsed.alert.revision, at });
    if (this.bodies.length < this.keepBodies) this.bodies.push(parsed);
  }
}

function parseAlertBody(body: string): { alert: { alertId: string; revision: number } } | undefined {
  try {
    const parsed = JSON.parse(body) as { alert?: { alertId?: unknown; revision?: unknown } };
    const { alertId, revision } = parsed.alert ?? {};
    return typeof alertId === 'string' && typeof revision === 'number' ? { ...parsed, alert: { ...parsed.alert, alertId, revision } } : undefined;
  } catch {
    return undefined;
  }
}
