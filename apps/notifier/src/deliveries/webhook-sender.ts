import { Inject, Injectable } from '@nestjs/common';
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, signWebhook } from '@concord/contracts';
import { describeFetchError } from '../channels/describe-fetch-error';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';

export type WebhookResult = { ok: true; httpStatus: number } | { ok: false; httpStatus: number | null; error: string };

const TIMEOUT_MS = 5_000;

/**
 * POSTs one signed webhook body (JSON text of any format of channels/webhook-formats.ts, sent as
 * stored); says what happened instead of throwing.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig) {}

  /** `secret` is the endpoint's own signing secret when it has one; WEBHOOK_SECRET otherwise. */
  async send(url: string, deliveryId: string, body: string, secret: string | undefined = this.config.WEBHOOK_SECRET): Promise<WebhookResult> {
    if (!secret) return { ok: false, httpStatus: null, error: 'WEBHOOK_SECRET is not configured in this process' };
    const signature = signWebhook(secret, body, Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WEBHOOK_DELIVERY_HEADER]: deliveryId, [WEBHOOK_SIGNATURE_HEADER]: signature },
        body,
        // A redirect is not followed: the signed body goes only where it was configured to go.
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      // The body is not read; cancelling it frees the connection.
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300) return { ok: true, httpStatus: response.status };
      return { ok: false, httpStatus: response.status, error: `receiver answered HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, httpStatus: null, error: describeFetchError(error, TIMEOUT_MS) };
    }
  }
}
