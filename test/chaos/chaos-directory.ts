import { expectStatus, request } from '../e2e/http-client';

export interface ChaosEnterprise {
  id: string;
  apiKey: string;
  liaisonId: string;
}

export interface ChaosDirectory {
  enterprises: ChaosEnterprise[];
  /** Who hears an enterprise's alerts at each role's minimum level (DOMAIN.md §5), besides its liaison. */
  sharedAudience: { personId: string; minLevel: 'BLUE' | 'YELLOW' | 'ORANGE' | 'RED' }[];
}

interface Created {
  id: string;
}

/**
 * A county with one street and community, `count` enterprises each with a liaison of its own and an
 * API key, one consultation committee and union chair they share, the county's and street's
 * contacts for every routing tier, and mediators with room for every case: built through the
 * console's admin API, as staff would.
 */
export async function buildChaosDirectory(consoleUrl: string, token: string, count: number): Promise<ChaosDirectory> {
  const post = <T>(path: string, body: unknown) => expectStatus<T>(201, request<T>('POST', `${consoleUrl}${path}`, { token, body }));
  let people = 0;
  const person = (role: string) => post<Created>('/v1/people', { name: `${role} ${++people}`, email: `chaos.${role}.${people}@concord.test`, language: 'en' });
  const county = await post<Created>('/v1/regions', { name: 'Chaos County', tier: 'county' });
  const street = await post<Created>('/v1/regions', { name: 'Chaos Street', tier: 'street', parentId: county.id });
  const community = await post<Created>('/v1/regions', { name: 'Chaos Community', tier: 'community', parentId: street.id });

  const chair = await person('chair');
  const committee = { managementPersonId: (await person('management')).id, unionPersonId: (await person('union')).id, employeePersonId: (await person('employee')).id };
  const regionContacts = [
    { regionId: street.id, role: 'street_union', minLevel: 'YELLOW' },
    { regionId: county.id, role: 'county_federation', minLevel: 'ORANGE' },
    { regionId: county.id, role: 'labor_inspection_liaison', minLevel: 'ORANGE' },
    { regionId: county.id, role: 'mediation_centre', minLevel: 'ORANGE' },
    { regionId: county.id, role: 'federation_leadership', minLevel: 'RED' },
  ] as const;
  const sharedAudience: ChaosDirectory['sharedAudience'] = [
    { personId: chair.id, minLevel: 'BLUE' },
    { personId: committee.managementPersonId, minLevel: 'YELLOW' },
    { personId: committee.unionPersonId, minLevel: 'YELLOW' },
    { personId: committee.employeePersonId, minLevel: 'YELLOW' },
  ];
  for (const contact of regionContacts) {
    const contactPerson = await person(contact.role);
    await post('/v1/region-contacts', { regionId: contact.regionId, personId: contactPerson.id, role: contact.role });
    sharedAudience.push({ personId: contactPerson.id, minLevel: contact.minLevel });
  }

  const enterprises: ChaosEnterprise[] = [];
  for (let n = 1; n <= count; n++) {
    const liaison = await person('liaison');
    const created = await post<{ profile: { enterpriseId: string } }>('/v1/enterprises', {
      name: `Chaos Works ${n}`,
      registeredCode: `91330203CHAOS${String(n).padStart(4, '0')}X`,
      regionId: community.id,
      industry: 'manufacturing',
      headcount: 100,
      liaisonPersonId: liaison.id,
      committee,
      grassrootsUnionChairPersonId: chair.id,
    });
    const id = created.profile.enterpriseId;
    const { key } = await post<{ key: string }>(`/v1/enterprises/${id}/api-keys`, { label: 'chaos' });
    enterprises.push({ id, apiKey: key, liaisonId: liaison.id });
  }
  const roster = { tiers: ['street', 'county'], regionIds: [street.id, county.id], languages: ['en', 'zh-CN'], industries: ['manufacturing'], capacity: count * 4, expertise: ['pay'] };
  for (let n = 0; n < 3; n++) await post('/v1/mediators', { ...roster, personId: (await person('mediator')).id });
  return { enterprises, sharedAudience };
}
