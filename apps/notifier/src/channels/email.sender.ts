import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type Transporter, createTransport } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';
import type { ChannelResult } from './channel-result';
import type { MessageLanguage } from './message-templates';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  deliveryId: string;
  language: MessageLanguage;
}

/** Receivers deduplicate retried deliveries on this header. */
const EMAIL_DELIVERY_HEADER = 'X-Concord-Delivery';

/**
 * nodemailer's defaults wait minutes (2 min to connect, 30 s for DNS, 10 min of socket silence);
 * a delivery job must fail within about 10 s so the queue retries it and other deliveries proceed.
 */
const TIMEOUTS = { dnsTimeout: 5_000, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 };

/** Sends one email over SMTP through a connection pool built once; says what happened instead of throwing. */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private readonly transport: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options> | null;

  constructor(@Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig) {
    this.transport = config.SMTP_URL === undefined ? null : createTransport(smtpPool(config.SMTP_URL));
  }

  isConfigured(): boolean {
    return this.transport !== null;
  }

  async send(message: EmailMessage): Promise<ChannelResult> {
    if (this.transport === null) return { ok: false, error: 'SMTP_URL is not configured in this process' };
    try {
      const info = await this.transport.sendMail({
        from: this.config.SMTP_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: {
          [EMAIL_DELIVERY_HEADER]: message.deliveryId,
          'Content-Language': message.language,
          // RFC 3834: out-of-office and other auto-responders must not answer a machine's mail.
          'Auto-Submitted': 'auto-generated',
        },
      });
      return { ok: true, detail: `SMTP server accepted it: ${info.response}` };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

/**
 * The pool is built here rather than by createTransport, which, given a `url`, keeps only what the
 * URL says and silently drops every other option; SMTPPool merges the URL into the options.
 */
function smtpPool(url: string): SMTPPool {
  const options: SMTPPool.Options & { maxRequeues: number } = {
    pool: true,
    url,
    ...TIMEOUTS,
    // By default the pool re-queues a message without limit when its connection closes mid-send, so
    // a server that keeps dropping connections would hang the delivery; one retry covers a pooled
    // connection the server closed while idle, and the delivery queue's backoff does the rest.
    // (@types/nodemailer does not declare this option.)
    maxRequeues: 1,
  };
  return new SMTPPool(options);
}
