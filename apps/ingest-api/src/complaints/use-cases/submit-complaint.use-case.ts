import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type ComplaintV1, TOPICS, complaintV1 } from '@concord/contracts';
import { EventPublisher } from '@concord/kafka';
import { DomainError } from '@concord/platform';
import type { z } from 'zod';
import type { complaintReceiptSchema } from '../../openapi/complaint-answers.schema';
import type { SubmitComplaint } from '../http/submit-complaint.dto';
import { ComplaintRateLimits } from '../complaint-rate-limits';
import { ComplaintSecrets } from '../complaint-secrets';
import { ComplaintStore } from '../complaint.store';
import { RegisteredEnterprises } from '../registered-enterprises';
import { type ComplainantContact, complainantPseudonym } from '../security/complainant-pseudonym';
import { newTrackingCode, trackingCodeDigest } from '../security/tracking-code';

export const COMPLAINT_SOURCE = 'concord/worker-complaint';

export type ComplaintReceipt = z.infer<typeof complaintReceiptSchema>;

/**
 * Takes a worker's complaint: the event on Kafka carries no identity (at most a keyed pseudonym),
 * a non-anonymous contact is stored only sealed, and the worker gets a tracking code stored only
 * as its digest. The rows are written and the event published in one transaction, so a Kafka
 * failure leaves nothing behind and the worker is told to retry (503).
 */
@Injectable()
export class SubmitComplaintUseCase {
  private readonly log = new Logger(SubmitComplaintUseCase.name);

  constructor(
    private readonly enterprises: RegisteredEnterprises,
    private readonly limits: ComplaintRateLimits,
    private readonly secrets: ComplaintSecrets,
    private readonly store: ComplaintStore,
    private readonly publisher: EventPublisher,
  ) {}

  async execute(complaint: SubmitComplaint): Promise<ComplaintReceipt> {
    const enterpriseId = await this.enterprises.idByCode(complaint.enterpriseCode);
    if (!enterpriseId) throw new DomainError('not_found', 'No enterprise is registered under this code; check the code and try again');
    await this.limits.spendForEnterprise(enterpriseId);

    const complaintId = randomUUID();
    const receivedAt = new Date();
    const contact = complaint.anonymous ? undefined : complaint.contact;
    const event = this.event(complaintId, enterpriseId, receivedAt, complaint, contact);
    const trackingCode = newTrackingCode();
    const identity = contact ? this.secrets.cipher.seal(JSON.stringify(contact), complaintId) : undefined;

    try {
      await this.store.insertThen({ trackingSha256: trackingCodeDigest(trackingCode), complaintId, enterpriseId, receivedAt, identity }, () =>
        this.publisher.publish(TOPICS.hrEvents, [event]),
      );
    } catch (error) {
      // Only the error: the complaint's fields must never reach a log.
      this.log.error({ err: error, complaintId }, 'Complaint not taken: Kafka or the database failed');
      throw new DomainError('unavailable', 'The complaint could not be received right now; please send it again shortly', undefined, 5);
    }
    this.log.log({ complaintId, enterpriseId }, 'Complaint received');
    return { trackingCode, status: 'received', receivedAt: receivedAt.toISOString() };
  }

  private event(id: string, enterpriseId: string, receivedAt: Date, complaint: SubmitComplaint, contact: ComplainantContact | undefined): ComplaintV1 {
    const pseudonym = contact ? complainantPseudonym(this.secrets.pseudonymKey, contact) : undefined;
    return complaintV1.schema.parse({
      specversion: '1.0',
      id,
      source: COMPLAINT_SOURCE,
      type: complaintV1.type,
      subject: enterpriseId,
      time: receivedAt.toISOString(),
      datacontenttype: 'application/json',
      data: {
        channel: complaint.channel,
        category: complaint.category,
        coSigners: complaint.coSigners,
        anonymous: complaint.anonymous,
        text: withoutContact(complaint.text, contact),
        receivedAt: receivedAt.toISOString(),
        ...(pseudonym ? { complainantPseudonym: pseudonym } : {}),
      },
    });
  }
}

/**
 * A worker often repeats their own phone or name in the text; those exact strings are masked
 * before the text leaves intake. Other identifying details in free text cannot be found reliably.
 */
function withoutContact(text: string, contact: ComplainantContact | undefined): string {
  const known = [contact?.name, contact?.phone, contact?.email].filter((v): v is string => typeof v === 'string' && v.length >= 2);
  return known.reduce((masked, value) => masked.replace(new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '[redacted]'), text);
}
