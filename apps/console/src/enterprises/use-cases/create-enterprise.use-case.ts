import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { Person } from '../../people/person.entity';
import { Region } from '../../regions/region.entity';
import { violatedUniqueConstraint } from '@concord/database';
import { type Reference, requireExisting } from '../../shared/require-existing';
import { type EnterpriseDetails, EnterpriseDetailsReader } from '../enterprise-details.reader';
import type { EnterpriseContactRole } from '../enterprise-contact-role';
import { EnterpriseContact } from '../enterprise-contact.entity';
import { Enterprise } from '../enterprise.entity';
import type { CreateEnterpriseDto } from '../http/create-enterprise.dto';

/** Registers an enterprise together with its liaison, consultation committee and union chair. */
@Injectable()
export class CreateEnterpriseUseCase {
  private readonly log = new Logger(CreateEnterpriseUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly reader: EnterpriseDetailsReader,
  ) {}

  async execute(input: CreateEnterpriseDto): Promise<EnterpriseDetails> {
    const contacts: [EnterpriseContactRole, string, string][] = [
      ['committee_management', 'committee.managementPersonId', input.committee.managementPersonId],
      ['committee_union', 'committee.unionPersonId', input.committee.unionPersonId],
      ['committee_employee', 'committee.employeePersonId', input.committee.employeePersonId],
    ];
    if (input.grassrootsUnionChairPersonId) contacts.push(['grassroots_union_chair', 'grassrootsUnionChairPersonId', input.grassrootsUnionChairPersonId]);

    let enterpriseId: string;
    try {
      enterpriseId = await this.dataSource.transaction(async (manager) => {
      await this.requireCommunity(manager, input.regionId);
      const people: Reference[] = [['liaisonPersonId', input.liaisonPersonId], ...contacts.map(([, path, id]): Reference => [path, id])];
      await requireExisting(manager, Person, 'person', people);
      const enterprise = await manager.save(
        manager.create(Enterprise, {
          name: input.name,
          registeredCode: input.registeredCode,
          regionId: input.regionId,
          industry: input.industry,
          headcount: input.headcount,
          groupId: input.groupId,
          liaisonPersonId: input.liaisonPersonId,
          jurisdiction: input.jurisdiction,
        }),
      );
      await manager.insert(
        EnterpriseContact,
        contacts.map(([role, , personId]) => ({ enterpriseId: enterprise.id, personId, role })),
      );
      return enterprise.id;
      });
    } catch (error) {
      if (violatedUniqueConstraint(error) === 'enterprises_registered_code_key') {
        throw new DomainError('conflict', `An enterprise with registered code ${input.registeredCode} already exists`);
      }
      throw error;
    }
    this.log.log({ enterpriseId, regionId: input.regionId }, 'enterprise registered');
    const details = await this.reader.details(enterpriseId);
    if (!details) throw new Error(`Enterprise ${enterpriseId} vanished right after it was created`);
    return details;
  }

  private async requireCommunity(manager: EntityManager, regionId: string): Promise<void> {
    const region = await manager.findOneBy(Region, { id: regionId });
    if (!region) throw new DomainError('not_found', `Unknown region: ${regionId}`, [{ path: 'regionId', message: `no region with id ${regionId}` }]);
    if (region.tier !== 'community') {
      throw new DomainError('validation_failed', 'An enterprise sits in a community-tier region', [
        { path: 'regionId', message: `${region.name} is a ${region.tier}, not a community` },
      ]);
    }
  }
}
