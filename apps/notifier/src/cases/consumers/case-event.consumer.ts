import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS } from '@concord/contracts';
import { BATCH_HANDLER } from '@concord/kafka';
import type { CaseEvent } from '../case-audience';
import { type CaseNotifyOutcome, NotifyCaseEventUseCase } from '../use-cases/notify-case-event.use-case';

/** case.events → the case's people, a fetched batch at a time. The transport has validated every event. */
@Controller()
export class CaseEventConsumer {
  constructor(private readonly notifyCaseEvent: NotifyCaseEventUseCase) {}

  @EventPattern(TOPICS.caseEvents, BATCH_HANDLER)
  handle(@Payload() events: CaseEvent[]): Promise<CaseNotifyOutcome> {
    return this.notifyCaseEvent.execute(events);
  }
}
