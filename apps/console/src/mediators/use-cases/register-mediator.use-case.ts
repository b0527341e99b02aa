import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { Enterprise } from '../../enterprises/enterprise.entity';
import { Person } from '../../people/person.entity';
import { Region } from '../../regions/region.entity';
import { violatedUniqueConstraint } from '@concord/database';
import { type Reference, requireExisting } from '../../shared/require-existing';
import type { RegisterMediatorDto } from '../http/register-mediator.dto';
import { type RosterEntry, MediatorRosterReader } from '../mediator-roster.reader';
import { Mediator } from '../mediator.entity';

/** Puts a person on the mediator roster. */
@Injectable()
export class RegisterMediatorUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly roster: MediatorRosterReader,
  ) {}

  async execute(input: RegisterMediatorDto): Promise<RosterEntry> {
    const { manager } = this.dataSource;
    await requireExisting(manager, Person, 'person', [['personId', input.personId]]);
    await requireExisting(manager, Region, 'region', input.regionIds.map((id, i): Reference => [`regionIds[${i}]`, id]));
    await requireExisting(manager, Enterprise, 'enterprise', input.conflictEnterpriseIds.map((id, i): Reference => [`conflictEnterpriseIds[${i}]`, id]));
    try {
      await manager.insert(Mediator, {
        personId: input.personId,
        active: input.active,
        unavailable: input.unavailable,
        tiers: input.tiers,
        regionIds: input.regionIds,
        languages: input.languages,
        expertise: input.expertise,
        industries: input.industries,
        capacity: input.capacity,
        conflictEnterpriseIds: input.conflictEnterpriseIds,
        affiliation: input.affiliation,
        employmentHistory: input.employmentHistory,
      });
    } catch (error) {
      if (violatedUniqueConstraint(error) === 'mediators_pkey') throw new DomainError('conflict', `Person ${input.personId} is already on the mediator roster`);
      throw error;
    }
    const entry = await this.roster.one(input.personId);
    if (!entry) throw new Error(`Mediator ${input.personId} vanished right after it was registered`);
    return entry;
  }
}
