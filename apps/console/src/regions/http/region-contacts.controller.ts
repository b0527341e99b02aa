import { Body, Controller, Post } from '@nestjs/common';
import { Roles } from '@concord/auth';
import type { RegionContact } from '../region-contact.entity';
import { AddRegionContactUseCase } from '../use-cases/add-region-contact.use-case';
import { AddRegionContactDto } from './add-region-contact.dto';

@Roles('admin')
@Controller('v1/region-contacts')
export class RegionContactsController {
  constructor(private readonly addRegionContact: AddRegionContactUseCase) {}

  @Post()
  add(@Body() body: AddRegionContactDto): Promise<RegionContact> {
    return this.addRegionContact.execute(body);
  }
}
