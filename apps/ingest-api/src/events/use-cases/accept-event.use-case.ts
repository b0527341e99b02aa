import { Injectable, Logger } from '@nestjs/common';
import { TOPICS, parseTopicEvent } from '@concord/contracts';
import { EventPublisher } from '@concord/kafka';
import { DomainError } from '@concord/platform';
import type { KeyOwner } from '../../auth/api-key.verifier';

export interface AcceptedEvent {
  id: string;
  status: 'accepted';
}

/**
 * Validates an HR event against its contract, checks it concerns the key's own enterprise, and
 * returns only once Kafka has acknowledged it on all in-sync replicas. If Kafka cannot take it,
 * the caller gets a 503 and should retry with the same id; the id makes that retry harmless.
 */
@Injectable()
export class AcceptEventUseCase {
  private readonly log = new Logger(AcceptEventUseCase.name);

  constructor(private readonly publisher: EventPublisher) {}

  async execute(body: unknown, owner: KeyOwner): Promise<AcceptedEvent> {
    const parsed = parseTopicEvent(TOPICS.hrEvents, body);
    if (!parsed.ok) throw new DomainError('validation_failed', 'The event does not match its contract', parsed.violations);
    const event = parsed.event;
    if (event.subject !== owner.enterpriseId) {
      throw new DomainError('forbidden', `This API key may only report events of its own enterprise; subject ${event.subject} is another enterprise`);
    }
    try {
      await this.publisher.publish(TOPICS.hrEvents, [event]);
    } catch (error) {
      this.log.error({ err: error, eventId: event.id }, 'Kafka did not acknowledge the event');
      throw new DomainError('unavailable', 'The event could not be stored durably; retry with the same id', undefined, 5);
    }
    return { id: event.id, status: 'accepted' };
  }
}
