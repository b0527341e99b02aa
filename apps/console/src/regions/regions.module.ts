import { Module } from '@nestjs/common';
import { RegionContactsController } from './http/region-contacts.controller';
import { RegionsController } from './http/regions.controller';
import { AddRegionContactUseCase } from './use-cases/add-region-contact.use-case';
import { CreateRegionUseCase } from './use-cases/create-region.use-case';
import { ListRegionsUseCase } from './use-cases/list-regions.use-case';

@Module({
  controllers: [RegionsController, RegionContactsController],
  providers: [CreateRegionUseCase, ListRegionsUseCase, AddRegionContactUseCase],
})
export class RegionsModule {}
