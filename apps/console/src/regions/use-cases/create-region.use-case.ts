import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { violatedUniqueConstraint } from '@concord/database';
import type { CreateRegionDto } from '../http/create-region.dto';
import { parentTierOf } from '../region-tier';
import { Region } from '../region.entity';
import { type RegionView, toRegionView } from '../region.view';

@Injectable()
export class CreateRegionUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(input: CreateRegionDto): Promise<RegionView> {
    const regions = this.dataSource.getRepository(Region);
    const expectedParentTier = parentTierOf(input.tier);
    if (input.parentId !== null) {
      const parent = await regions.findOneBy({ id: input.parentId });
      if (!parent) throw new DomainError('not_found', `Unknown region: ${input.parentId}`, [{ path: 'parentId', message: `no region with id ${input.parentId}` }]);
      if (parent.tier !== expectedParentTier) {
        throw new DomainError('validation_failed', 'Regions nest county → street → community', [
          { path: 'parentId', message: `a ${input.tier} region must sit in a ${expectedParentTier} region, not a ${parent.tier}` },
        ]);
      }
    }
    try {
      const region = await regions.save(regions.create({ name: input.name, tier: input.tier, parentId: input.parentId, parentTier: expectedParentTier }));
      return toRegionView(region);
    } catch (error) {
      if (violatedUniqueConstraint(error) === 'regions_sibling_name_key') {
        throw new DomainError('conflict', `A region named ${input.name} already exists under the same parent`);
      }
      throw error;
    }
  }
}
