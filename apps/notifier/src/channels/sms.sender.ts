import { Inject, Injectable } from '@nestjs/common';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';
import type { ChannelResult } from './channel-result';
import { describeFetchError } from './describe-fetch-error';
import { truncateCharacters } from './text-limits';

export interface SmsMessage {
  to: string;
  text: string;
  deliveryId: string;
}

const TIMEOUT_MS = 5_000;
/** Gateways split long texts into many billed segments; a notification SMS only points to the details. */
export const SMS_MAX_CHARACTERS = 500;
/** Enough of a rejecting gateway's answer to say why (invalid number, no credit…) without logging pages. */
const ERROR_BODY_CHARACTERS = 200;

/** Sends one text through the HTTP SMS gateway (`POST {to, text, reference}`); says what happened instead of throwing. */
@Injectable()
export class SmsSender {
  constructor(@Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig) {}

  isConfigured(): boolean {
    return this.config.SMS_GATEWAY_URL !== undefined;
  }

  async send(message: SmsMessage): Promise<ChannelResult> {
    const url = this.config.SMS_GATEWAY_URL;
    if (url === undefined) return { ok: false, error: 'SMS_GATEWAY_URL is not configured in this process', httpStatus: null };
    const token = this.config.SMS_GATEWAY_TOKEN;
    // The gateway echoes `reference` in its reports, and may deduplicate retries of one delivery on it.
    const body = JSON.stringify({ to: message.to, text: truncateCharacters(message.text, SMS_MAX_CHARACTERS), reference: message.deliveryId });
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
        body,
        // A redirect is not followed: the token and the phone number go only where they were configured to go.
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status >= 200 && response.status < 300) {
        await response.body?.cancel();
        return { ok: true, detail: `gateway answered HTTP ${response.status}` };
      }
      const answer = truncateCharacters((await response.text()).trim(), ERROR_BODY_CHARACTERS);
      return { ok: false, httpStatus: response.status, error: `gateway answered HTTP ${response.status}${answer === '' ? '' : `: ${answer}`}` };
    } catch (error) {
      return { ok: false, httpStatus: null, error: describeFetchError(error, TIMEOUT_MS) };
    }
  }
}
