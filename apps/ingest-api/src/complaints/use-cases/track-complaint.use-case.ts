import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import type { z } from 'zod';
import type { complaintStatusAnswerSchema } from '../../openapi/complaint-answers.schema';
import { ComplaintStore } from '../complaint.store';
import { canonicalTrackingCode, trackingCodeDigest } from '../security/tracking-code';

export type ComplaintStatusAnswer = z.infer<typeof complaintStatusAnswerSchema>;

/** The status of one complaint by its tracking code, and nothing else about it. */
@Injectable()
export class TrackComplaintUseCase {
  constructor(private readonly store: ComplaintStore) {}

  async execute(typedCode: string): Promise<ComplaintStatusAnswer> {
    const code = canonicalTrackingCode(typedCode);
    const found = code ? await this.store.findByTrackingDigest(trackingCodeDigest(code)) : undefined;
    // A malformed code and an unknown one get the same answer: the 404 says nothing about which codes exist.
    if (!found) throw new DomainError('not_found', 'No complaint has this tracking code');
    return { status: found.status, receivedAt: found.receivedAt.toISOString(), updatedAt: found.updatedAt.toISOString() };
  }
}
