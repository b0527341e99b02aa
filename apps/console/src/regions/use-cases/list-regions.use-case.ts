import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ListRegionsQueryDto } from '../http/list-regions.query.dto';
import { Region } from '../region.entity';
import { type RegionView, toRegionView } from '../region.view';

@Injectable()
export class ListRegionsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListRegionsQueryDto): Promise<RegionView[]> {
    const regions = await this.dataSource.getRepository(Region).find({
      where: { tier: query.tier, parentId: query.parentId },
      order: { name: 'ASC' },
    });
    return regions.map(toRegionView);
  }
}
