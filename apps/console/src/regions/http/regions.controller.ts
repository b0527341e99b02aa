import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { Roles } from '@concord/auth';
import type { RegionView } from '../region.view';
import { CreateRegionUseCase } from '../use-cases/create-region.use-case';
import { ListRegionsUseCase } from '../use-cases/list-regions.use-case';
import { CreateRegionDto } from './create-region.dto';
import { ListRegionsQueryDto } from './list-regions.query.dto';

@Roles('admin')
@Controller('v1/regions')
export class RegionsController {
  constructor(
    private readonly createRegion: CreateRegionUseCase,
    private readonly listRegions: ListRegionsUseCase,
  ) {}

  @Post()
  create(@Body() body: CreateRegionDto): Promise<RegionView> {
    return this.createRegion.execute(body);
  }

  @Get()
  list(@Query() query: ListRegionsQueryDto): Promise<RegionView[]> {
    return this.listRegions.execute(query);
  }
}
