import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { AuthenticatedRequest } from '../../auth/api-key.guard';
import { type AcceptedEvent, AcceptEventUseCase } from '../use-cases/accept-event.use-case';

@Controller('v1/events')
export class EventsController {
  constructor(private readonly acceptEvent: AcceptEventUseCase) {}

  /** The body is validated against the event's own contract inside the use case (it depends on `type`). */
  @Post()
  @HttpCode(202)
  accept(@Body() body: unknown, @Req() request: AuthenticatedRequest): Promise<AcceptedEvent> {
    return this.acceptEvent.execute(body, request.keyOwner);
  }
}
