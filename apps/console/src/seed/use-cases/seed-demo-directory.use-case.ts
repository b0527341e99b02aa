import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { ApiKey } from '../../api-keys/api-key.entity';
import { issueKey } from '../../api-keys/issue-key';
import type { Enterprise } from '../../enterprises/enterprise.entity';
import type { Region } from '../../regions/region.entity';
import {
  DEMO_API_KEY_LABEL,
  DEMO_COUNTY,
  DEMO_COUNTY_CONTACTS,
  DEMO_ENTERPRISES,
  DEMO_GROUP_IDS,
  DEMO_MEDIATORS,
  DEMO_STREETS,
  type DemoEnterprise,
  type DemoPerson,
  demoEmail,
  demoName,
} from '../demo-directory.data';
import { ensureEnterprise, ensureEnterpriseContact, ensureMediator, ensurePerson, ensureRegion, ensureRegionContact } from '../directory-upserts';

export interface DemoApiKey {
  enterpriseId: string;
  name: string;
  registeredCode: string;
  /** The demo feed reports wage runs for this many workers. */
  headcount: number;
  keyId: string;
  key: string;
}

export interface DemoSeedResult {
  countyId: string;
  enterprises: number;
  mediators: number;
  apiKeys: DemoApiKey[];
}

/**
 * Seeds the demo region tree, enterprises with their liaison, committee of three and union chair,
 * region contacts and mediators. Everything converges on re-run except the API keys: their clear
 * text cannot be recovered, so each run revokes the previous demo keys and issues fresh ones.
 */
export class SeedDemoDirectoryUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(): Promise<DemoSeedResult> {
    return this.dataSource.transaction(async (manager) => {
      const county = await ensureRegion(manager, DEMO_COUNTY, 'county', null);
      for (const { role, person } of DEMO_COUNTY_CONTACTS) {
        await ensureRegionContact(manager, county.id, (await this.person(manager, person)).id, role);
      }
      const streets = new Map<string, Region>();
      const communities = new Map<string, { region: Region; liaisonId: string }>();
      for (const street of DEMO_STREETS) {
        const region = await ensureRegion(manager, street.name, 'street', county);
        streets.set(street.name, region);
        await ensureRegionContact(manager, region.id, (await this.person(manager, street.union)).id, 'street_union');
        const liaison = await this.person(manager, street.liaison);
        for (const name of street.communities) {
          communities.set(name, { region: await ensureRegion(manager, name, 'community', region), liaisonId: liaison.id });
        }
      }
      const apiKeys: DemoApiKey[] = [];
      for (const [index, demo] of DEMO_ENTERPRISES.entries()) {
        const community = found(communities.get(demo.community), `community ${demo.community}`);
        const enterprise = await this.enterprise(manager, demo, index, community.region.id, community.liaisonId);
        apiKeys.push(await this.rotateDemoKey(manager, enterprise));
      }
      for (const mediator of DEMO_MEDIATORS) {
        const person = await this.person(manager, mediator.person);
        const regionIds = mediator.covers === 'county' ? [county.id] : mediator.covers.map((name) => found(streets.get(name), `street ${name}`).id);
        await ensureMediator(manager, {
          personId: person.id,
          active: true,
          unavailable: false,
          tiers: mediator.tiers,
          regionIds,
          languages: ['zh-CN'],
          expertise: mediator.expertise,
          industries: mediator.industries,
          capacity: mediator.capacity,
          conflictEnterpriseIds: [],
          affiliation: mediator.affiliation,
          employmentHistory: [],
        });
      }
      return { countyId: county.id, enterprises: DEMO_ENTERPRISES.length, mediators: DEMO_MEDIATORS.length, apiKeys };
    });
  }

  private person(manager: EntityManager, person: DemoPerson) {
    return ensurePerson(manager, demoEmail(person.key), person.name);
  }

  private async enterprise(manager: EntityManager, demo: DemoEnterprise, index: number, regionId: string, liaisonPersonId: string): Promise<Enterprise> {
    const enterprise = await ensureEnterprise(manager, {
      name: demo.name,
      registeredCode: demo.registeredCode,
      regionId,
      industry: demo.industry,
      headcount: demo.headcount,
      groupId: demo.group ? DEMO_GROUP_IDS[demo.group] : null,
      liaisonPersonId,
    });
    const code = demo.registeredCode.slice(-4);
    const roles = ['committee_management', 'committee_union', 'committee_employee', 'grassroots_union_chair'] as const;
    for (const [offset, role] of roles.entries()) {
      const person = await this.person(manager, { key: `e${code}.${role}`, name: demoName(index * roles.length + offset) });
      await ensureEnterpriseContact(manager, enterprise.id, person.id, role);
    }
    return enterprise;
  }

  private async rotateDemoKey(manager: EntityManager, enterprise: Enterprise): Promise<DemoApiKey> {
    await manager.update(ApiKey, { enterpriseId: enterprise.id, label: DEMO_API_KEY_LABEL, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    const issued = await issueKey(manager, enterprise.id, DEMO_API_KEY_LABEL, null);
    return {
      enterpriseId: enterprise.id,
      name: enterprise.name,
      registeredCode: enterprise.registeredCode,
      headcount: enterprise.headcount,
      keyId: issued.keyId,
      key: issued.key,
    };
  }
}

/** The demo data refers to its own regions by name; a typo there should stop the seed loudly. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo data refers to an unknown ${what}`);
  return value;
}
