import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { Person } from '../../people/person.entity';
import { violatedUniqueConstraint } from '@concord/database';
import { requireExisting } from '../../shared/require-existing';
import type { AddRegionContactDto } from '../http/add-region-contact.dto';
import { RegionContact } from '../region-contact.entity';
import { Region } from '../region.entity';

/** Makes a person a contact of a region: they then hear about every enterprise beneath it. */
@Injectable()
export class AddRegionContactUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(input: AddRegionContactDto): Promise<RegionContact> {
    await requireExisting(this.dataSource.manager, Region, 'region', [['regionId', input.regionId]]);
    await requireExisting(this.dataSource.manager, Person, 'person', [['personId', input.personId]]);
    const contacts = this.dataSource.getRepository(RegionContact);
    try {
      await contacts.insert({ regionId: input.regionId, personId: input.personId, role: input.role });
    } catch (error) {
      if (violatedUniqueConstraint(error)) throw new DomainError('conflict', `This person is already the region's ${input.role} contact`);
      throw error;
    }
    return contacts.findOneByOrFail({ regionId: input.regionId, personId: input.personId, role: input.role });
  }
}
