import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims } from '@concord/auth';
import type { RegionView } from '../region.view';
import { CreateRegionUseCase } from '../use-cases/create-region.use-case';
import { ListRegionsUseCase } from '../use-cases/list-regions.use-case';
import { CreateRegionDto } from './create-region.dto';
import { ListRegionsQueryDto } from './list-regions.query.dto';

/** Staff see the regions of their own subtree; only admins change the tree. */
@Controller('v1/regions')
export class RegionsController {
  constructor(
    private readonly createRegion: CreateRegionUseCase,
    private readonly listRegions: ListRegionsUseCase,
  ) {}

  @Roles('admin')
  @Post()
  create(@Body() body: CreateRegionDto): Promise<RegionView> {
    return this.createRegion.execute(body);
  }

  @Get()
  list(@Query() query: ListRegionsQueryDto, @CurrentStaff() staff: StaffClaims): Promise<RegionView[]> {
    return this.listRegions.execute(query, staff);
  }
}
