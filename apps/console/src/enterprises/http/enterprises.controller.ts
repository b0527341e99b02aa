import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims } from '@concord/auth';
import type { EnterpriseDetails, EnterpriseProfile } from '../enterprise-details.reader';
import { CreateEnterpriseUseCase } from '../use-cases/create-enterprise.use-case';
import { GetEnterpriseUseCase } from '../use-cases/get-enterprise.use-case';
import { ListEnterprisesUseCase } from '../use-cases/list-enterprises.use-case';
import { CreateEnterpriseDto } from './create-enterprise.dto';
import { ListEnterprisesQueryDto } from './list-enterprises.query.dto';

/** Reads are open to every staff member within their scope; registering is for admins. */
@Controller('v1/enterprises')
export class EnterprisesController {
  constructor(
    private readonly createEnterprise: CreateEnterpriseUseCase,
    private readonly listEnterprises: ListEnterprisesUseCase,
    private readonly getEnterprise: GetEnterpriseUseCase,
  ) {}

  @Roles('admin')
  @Post()
  create(@Body() body: CreateEnterpriseDto): Promise<EnterpriseDetails> {
    return this.createEnterprise.execute(body);
  }

  @Get()
  list(@Query() query: ListEnterprisesQueryDto, @CurrentStaff() staff: StaffClaims): Promise<EnterpriseProfile[]> {
    return this.listEnterprises.execute(query, staff);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentStaff() staff: StaffClaims): Promise<EnterpriseDetails> {
    return this.getEnterprise.execute(id, staff);
  }
}
