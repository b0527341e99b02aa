import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse } from '@nestjs/swagger';
import { Public } from '@concord/platform';
import { ApiErrorResponses } from '../../openapi/api-error-responses.decorator';
import { complaintReceiptSchema, complaintStatusAnswerSchema } from '../../openapi/complaint-answers.schema';
import { componentRef } from '../../openapi/openapi-components';
import { type ComplaintReceipt, SubmitComplaintUseCase } from '../use-cases/submit-complaint.use-case';
import { type ComplaintStatusAnswer, TrackComplaintUseCase } from '../use-cases/track-complaint.use-case';
import { ComplaintAddressLimitGuard } from './complaint-address-limit.guard';
import { SubmitComplaintDto } from './submit-complaint.dto';

/** Workers' own door: no API key, so no enterprise credential ever reaches these routes' data. */
@Controller('v1/complaints')
@Public()
export class ComplaintsController {
  constructor(
    private readonly submit: SubmitComplaintUseCase,
    private readonly track: TrackComplaintUseCase,
  ) {}

  @Post()
  @HttpCode(202)
  @UseGuards(ComplaintAddressLimitGuard)
  @ApiAcceptedResponse({ description: 'The complaint was taken; keep the tracking code', schema: componentRef(complaintReceiptSchema) })
  @ApiErrorResponses(400, 404, 429, 503)
  receive(@Body() complaint: SubmitComplaintDto): Promise<ComplaintReceipt> {
    return this.submit.execute(complaint);
  }

  @Get(':trackingCode')
  @ApiOkResponse({ description: 'The status of the complaint', schema: componentRef(complaintStatusAnswerSchema) })
  @ApiErrorResponses(404)
  status(@Param('trackingCode') trackingCode: string): Promise<ComplaintStatusAnswer> {
    return this.track.execute(trackingCode);
  }
}
