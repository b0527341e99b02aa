import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { DomainError } from '@concord/platform';
import type { Response } from 'express';
import type { z } from 'zod';
import type { AuthenticatedRequest } from '../../auth/api-key.guard';
import { ApiErrorResponses } from '../../openapi/api-error-responses.decorator';
import { batchOutcomeSchema, singleEventAnswerSchema } from '../../openapi/event-answers.schema';
import { componentRef } from '../../openapi/openapi-components';
import { RateLimitGuard } from '../../rate-limit/rate-limit.guard';
import { type BatchOutcome, AcceptEventsUseCase } from '../use-cases/accept-events.use-case';
import { EventBatchDto } from './event-batch.dto';

export type SingleEventAnswer = z.infer<typeof singleEventAnswerSchema>;

@Controller('v1/events')
@UseGuards(RateLimitGuard)
@ApiBearerAuth()
@ApiErrorResponses(401, 429, 503)
export class EventsController {
  constructor(private readonly acceptEvents: AcceptEventsUseCase) {}

  /** 202 when newly accepted, 200 for a repeat of an accepted event; its refusal is the error itself. */
  @Post()
  @ApiAcceptedResponse({ description: 'Newly accepted: Kafka has the event', schema: componentRef(singleEventAnswerSchema) })
  @ApiOkResponse({ description: 'A repeat of an accepted event (same id, same body), with its original acceptance', schema: componentRef(singleEventAnswerSchema) })
  @ApiErrorResponses(400, 403, 409, 413)
  async accept(@Body() body: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<SingleEventAnswer> {
    const [result] = (await this.acceptEvents.execute([body], request.keyOwner)).results;
    if (result.error) throw new DomainError(result.error, result.message ?? result.error, result.problems);
    response.status(result.status === 'accepted' ? 202 : 200);
    return { id: result.id, status: result.status, acceptedAt: result.acceptedAt };
  }

  /** Always 200 once the batch is judged: the outcome of each event is in `results` (207-style). */
  @Post('batch')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The batch was judged: the outcome of each event', schema: componentRef(batchOutcomeSchema) })
  @ApiErrorResponses(400, 413)
  acceptBatch(@Body() batch: EventBatchDto, @Req() request: AuthenticatedRequest): Promise<BatchOutcome> {
    return this.acceptEvents.execute(batch.events, request.keyOwner);
  }
}
