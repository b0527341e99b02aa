import { Controller, Get, Param, Query } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, StaffAccess } from '@concord/auth';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GetRegionRollupUseCase, type RegionRollup } from '../use-cases/get-region-rollup.use-case';

class RegionParamsDto extends createZodDto(z.object({ id: z.uuid() })) {}
class RollupQueryDto extends createZodDto(z.object({ days: z.coerce.number().int().min(1).max(366).default(90) })) {}

/**
 * Risk per region of the three-level tree, for the console's board: the roles scoped to a region
 * subtree, for a region inside it (403 otherwise); committee members and mediators see no region.
 */
@Controller('v1/regions/:id/risk')
@Roles('admin', 'federation_staff', 'rules_editor', 'rules_publisher')
export class RegionRollupController {
  constructor(
    private readonly access: StaffAccess,
    private readonly rollup: GetRegionRollupUseCase,
  ) {}

  @Get()
  async get(@Param() params: RegionParamsDto, @Query() query: RollupQueryDto, @CurrentStaff() staff: StaffClaims): Promise<RegionRollup> {
    await this.access.assertRegion(staff, params.id);
    return this.rollup.execute(params.id, query.days);
  }
}
