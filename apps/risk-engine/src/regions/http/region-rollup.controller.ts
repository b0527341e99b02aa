import { Controller, Get, Param, Query } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GetRegionRollupUseCase, type RegionRollup } from '../use-cases/get-region-rollup.use-case';

class RegionParamsDto extends createZodDto(z.object({ id: z.uuid() })) {}
class RollupQueryDto extends createZodDto(z.object({ days: z.coerce.number().int().min(1).max(366).default(90) })) {}

/** Risk per region of the three-level tree, for the console's board; any valid staff token for now. */
@Controller('v1/regions/:id/risk')
export class RegionRollupController {
  constructor(private readonly rollup: GetRegionRollupUseCase) {}

  @Get()
  get(@Param() params: RegionParamsDto, @Query() query: RollupQueryDto): Promise<RegionRollup> {
    return this.rollup.execute(params.id, query.days);
  }
}
