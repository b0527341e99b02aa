import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { Public } from '@concord/platform';
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
  receive(@Body() complaint: SubmitComplaintDto): Promise<ComplaintReceipt> {
    return this.submit.execute(complaint);
  }

  @Get(':trackingCode')
  status(@Param('trackingCode') trackingCode: string): Promise<ComplaintStatusAnswer> {
    return this.track.execute(trackingCode);
  }
}
