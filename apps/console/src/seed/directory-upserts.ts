import { type EntityManager, IsNull } from 'typeorm';
import type { EnterpriseContactRole } from '../enterprises/enterprise-contact-role';
import { EnterpriseContact } from '../enterprises/enterprise-contact.entity';
import { Enterprise } from '../enterprises/enterprise.entity';
import { Mediator } from '../mediators/mediator.entity';
import { Person } from '../people/person.entity';
import type { RegionContactRole } from '../regions/region-contact-role';
import { RegionContact } from '../regions/region-contact.entity';
import { type RegionTier, parentTierOf } from '../regions/region-tier';
import { Region } from '../regions/region.entity';

/**
 * Create-or-update by natural key, for seeding: running the seed again converges on the same
 * directory instead of adding copies.
 */
export async function ensureRegion(manager: EntityManager, name: string, tier: RegionTier, parent: Region | null): Promise<Region> {
  const existing = await manager.findOneBy(Region, { name, parentId: parent ? parent.id : IsNull() });
  if (existing) return existing;
  return manager.save(manager.create(Region, { name, tier, parentId: parent?.id ?? null, parentTier: parentTierOf(tier) }));
}

export async function ensurePerson(manager: EntityManager, email: string, name: string): Promise<Person> {
  const existing = await manager.findOneBy(Person, { email });
  if (!existing) return manager.save(manager.create(Person, { name, email, phone: null, language: 'zh-CN' }));
  if (existing.name !== name) await manager.update(Person, { id: existing.id }, { name });
  return existing;
}

export type EnterpriseFields = Pick<Enterprise, 'name' | 'registeredCode' | 'regionId' | 'industry' | 'headcount' | 'groupId' | 'liaisonPersonId'>;

export async function ensureEnterprise(manager: EntityManager, fields: EnterpriseFields): Promise<Enterprise> {
  const existing = await manager.findOneBy(Enterprise, { registeredCode: fields.registeredCode });
  if (!existing) return manager.save(manager.create(Enterprise, { ...fields, jurisdiction: 'CN' }));
  return manager.save(Object.assign(existing, fields));
}

export async function ensureEnterpriseContact(manager: EntityManager, enterpriseId: string, personId: string, role: EnterpriseContactRole): Promise<void> {
  await manager.createQueryBuilder().insert().into(EnterpriseContact).values({ enterpriseId, personId, role }).orIgnore().execute();
}

export async function ensureRegionContact(manager: EntityManager, regionId: string, personId: string, role: RegionContactRole): Promise<void> {
  await manager.createQueryBuilder().insert().into(RegionContact).values({ regionId, personId, role }).orIgnore().execute();
}

export type MediatorFields = Omit<Mediator, 'createdAt'>;

export async function ensureMediator(manager: EntityManager, fields: MediatorFields): Promise<void> {
  await manager.upsert(Mediator, fields, ['personId']);
}
