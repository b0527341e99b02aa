import { Injectable, Logger } from '@nestjs/common';
import { TOPICS, type TopicEvent, parseTopicEvent } from '@concord/contracts';
import { EventPublisher } from '@concord/kafka';
import { DomainError, correlationHeaders } from '@concord/platform';
import type { z } from 'zod';
import type { KeyOwner } from '../../auth/api-key.verifier';
import type { batchOutcomeSchema, eventResultSchema, eventStatusSchema } from '../../openapi/event-answers.schema';
import type { AcceptedEvent } from '../idempotency/accepted-event.entity';
import { AcceptedEventsStore } from '../idempotency/accepted-events.store';
import { serialiseAccepted } from '../idempotency/event-digest';
import { countIngested } from '../ingest-metrics';

type HrEvent = TopicEvent<typeof TOPICS.hrEvents>;

export type EventStatus = z.infer<typeof eventStatusSchema>;
export type EventResult = z.infer<typeof eventResultSchema>;
export type BatchOutcome = z.infer<typeof batchOutcomeSchema>;

interface Candidate {
  index: number;
  event: HrEvent;
  /** The validated event's JSON: hashed for idempotency and sent to Kafka as is. */
  json: string;
  digest: string;
}

/**
 * Validates HR events against their contracts, keeps each key to its own enterprise, and makes
 * the event id the idempotency key: an id already accepted with the same validated body (in any
 * member order) is a duplicate (answered with the original acceptance), with another body a
 * conflict.
 *
 * New events are published in ONE Kafka send that waits for all in-sync replicas, and only then
 * recorded in `accepted_events`. A crash between the two leaves the id unrecorded, so the client's
 * retry publishes it again: that is safe because every downstream consumer deduplicates on the
 * event id (inbox table). If Kafka cannot take the events, nothing is recorded and the caller
 * gets 503 with Retry-After, to retry with the same ids.
 */
@Injectable()
export class AcceptEventsUseCase {
  private readonly log = new Logger(AcceptEventsUseCase.name);

  constructor(
    private readonly publisher: EventPublisher,
    private readonly store: AcceptedEventsStore,
  ) {}

  async execute(bodies: unknown[], owner: KeyOwner): Promise<BatchOutcome> {
    // The lookup starts before validation, on every string id the bodies carry (a superset of the
    // valid events' ids), so Postgres answers while this process validates and hashes the batch.
    // Rows of ids that then fail validation are simply never consulted.
    const lookup = this.store.find([...new Set(bodies.map(rawId).filter((id): id is string => id !== null))]);
    const results: EventResult[] = [];
    const candidates: Candidate[] = [];
    bodies.forEach((body, index) => {
      const refused = this.refusal(body, index, owner);
      if ('status' in refused) results.push(refused);
      else candidates.push(refused);
    });

    const known = await lookup;
    const fresh = new Map<string, Candidate>();
    for (const candidate of candidates) {
      const previous = known.get(candidate.event.id);
      const firstInBatch = fresh.get(candidate.event.id);
      if (previous) results.push(this.repeat(candidate, previous, owner));
      else if (firstInBatch) results.push(this.repeatInBatch(candidate, firstInBatch));
      else fresh.set(candidate.event.id, candidate);
    }

    const acceptedAt = await this.publishAndRecord([...fresh.values()], owner).catch((error: unknown) => {
      // The request fails (503, retry with the same ids): its new events count as unavailable, the rest when the retry is answered.
      countIngested(bodies, [...fresh.values()].map(({ index }) => ({ index, outcome: 'unavailable' })));
      throw error;
    });
    for (const candidate of fresh.values()) {
      results.push({ index: candidate.index, id: candidate.event.id, status: 'accepted', acceptedAt: acceptedAt.toISOString() });
    }
    // Repeats within the batch share the acceptance time of their first occurrence.
    for (const result of results) if (result.status === 'duplicate' && !result.acceptedAt) result.acceptedAt = acceptedAt.toISOString();

    results.sort((a, b) => a.index - b.index);
    countIngested(bodies, results.map(({ index, status }) => ({ index, outcome: status })));
    const count = (status: EventStatus) => results.filter((r) => r.status === status).length;
    return { results, accepted: count('accepted'), duplicates: count('duplicate'), rejected: count('rejected'), conflicts: count('conflict') };
  }

  private refusal(body: unknown, index: number, owner: KeyOwner): EventResult | Candidate {
    const parsed = parseTopicEvent(TOPICS.hrEvents, body);
    if (!parsed.ok) {
      return { index, id: rawId(body), status: 'rejected', error: 'validation_failed', message: 'The event does not match its contract', problems: parsed.violations };
    }
    const event = parsed.event;
    if (event.subject !== owner.enterpriseId) {
      const message = `This API key may only report events of its own enterprise; subject ${event.subject} is another enterprise`;
      return { index, id: event.id, status: 'rejected', error: 'forbidden', message, problems: [{ path: 'subject', message }] };
    }
    return { index, event, ...serialiseAccepted(event) };
  }

  private repeat(candidate: Candidate, previous: AcceptedEvent, owner: KeyOwner): EventResult {
    const { index, event } = candidate;
    if (previous.enterpriseId === owner.enterpriseId && previous.bodySha256 === candidate.digest) {
      return { index, id: event.id, status: 'duplicate', acceptedAt: previous.acceptedAt.toISOString() };
    }
    return conflict(index, event.id);
  }

  private repeatInBatch(candidate: Candidate, first: Candidate): EventResult {
    return candidate.digest === first.digest ? { index: candidate.index, id: candidate.event.id, status: 'duplicate' } : conflict(candidate.index, candidate.event.id);
  }

  private async publishAndRecord(fresh: Candidate[], owner: KeyOwner): Promise<Date> {
    const acceptedAt = new Date();
    if (fresh.length === 0) return acceptedAt;
    try {
      // The JSON is already built for the digest: send it rather than serialising again.
      const headers = correlationHeaders();
      await this.publisher.sendRaw(
        TOPICS.hrEvents,
        fresh.map((c) => ({ key: c.event.subject, value: c.json, headers })),
      );
    } catch (error) {
      this.log.error({ err: error, events: fresh.length }, 'Kafka did not acknowledge the events');
      throw new DomainError('unavailable', 'The events could not be stored durably; retry with the same ids', undefined, 5);
    }
    try {
      await this.store.record(
        owner.enterpriseId,
        fresh.map((c) => ({ eventId: c.event.id, bodySha256: c.digest })),
        acceptedAt,
      );
    } catch (error) {
      // Kafka has the events but the record is missing: the client's retry republishes, and consumers dedupe by id.
      this.log.error({ err: error, events: fresh.length }, 'Published events could not be recorded as accepted');
      throw new DomainError('unavailable', 'The events could not be recorded; retry with the same ids', undefined, 5);
    }
    return acceptedAt;
  }
}

function conflict(index: number, id: string): EventResult {
  const message = `Event id ${id} was already used with a different body; send a correction under a new id (data.supersedes)`;
  return { index, id, status: 'conflict', error: 'conflict', message };
}

function rawId(body: unknown): string | null {
  const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}
