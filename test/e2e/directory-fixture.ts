import { expectStatus, request } from './http-client';

export interface SliceDirectory {
  countyId: string;
  streetId: string;
  communityId: string;
  enterpriseA: string;
  enterpriseB: string;
  liaisonId: string;
  committeeIds: string[];
  mediatorId: string;
  conflictedMediatorId: string;
  keyA: string;
  keyB: string;
}

interface Created {
  id: string;
}

/**
 * Builds, through the console's public admin API only, what the slice needs: a county → street →
 * community tree, two enterprises with liaison and consultation committee, a mediator and one who
 * once worked for enterprise A (a conflict of interest), and an API key per enterprise.
 */
export async function buildSliceDirectory(consoleUrl: string, token: string): Promise<SliceDirectory> {
  const post = <T>(path: string, body: unknown) => expectStatus<T>(201, request<T>('POST', `${consoleUrl}${path}`, { token, body }));
  const county = await post<Created>('/v1/regions', { name: 'Haishu County', tier: 'county' });
  const street = await post<Created>('/v1/regions', { name: 'Baihe Street', tier: 'street', parentId: county.id });
  const community = await post<Created>('/v1/regions', { name: 'Xiyuan Community', tier: 'community', parentId: street.id });
  const person = (name: string) => post<Created>('/v1/people', { name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@concord.test`, language: 'zh-CN' });
  const liaison = await person('Liaison Li');
  const management = await person('Manager Ma');
  const union = await person('Union Zhou');
  const employee = await person('Employee Wu');
  const chair = await person('Chair Chen');
  const streetUnion = await person('Street Sun');
  const mediator = await person('Mediator Meng');
  const conflicted = await person('Mediator Gao');
  await post('/v1/region-contacts', { regionId: street.id, personId: streetUnion.id, role: 'street_union' });
  const committee = { managementPersonId: management.id, unionPersonId: union.id, employeePersonId: employee.id };
  const enterprise = (name: string, code: string) =>
    post<{ profile: { enterpriseId: string } }>('/v1/enterprises', {
      name,
      registeredCode: code,
      regionId: community.id,
      industry: 'manufacturing',
      headcount: 100,
      liaisonPersonId: liaison.id,
      committee,
      grassrootsUnionChairPersonId: chair.id,
    });
  const enterpriseA = (await enterprise('Ningbo Textiles A', '91330203TEST000A1')).profile.enterpriseId;
  const enterpriseB = (await enterprise('Ningbo Plastics B', '91330203TEST000B2')).profile.enterpriseId;
  const roster = { tiers: ['street'], regionIds: [street.id], languages: ['zh-CN'], industries: ['manufacturing'], capacity: 5 };
  await post('/v1/mediators', { ...roster, personId: mediator.id, expertise: ['contracts'] });
  // Would rank best (expertise in pay), but worked for enterprise A within two years.
  await post('/v1/mediators', { ...roster, personId: conflicted.id, expertise: ['pay'], conflictEnterpriseIds: [enterpriseA] });
  const keyA = (await post<{ key: string }>(`/v1/enterprises/${enterpriseA}/api-keys`, { label: 'e2e' })).key;
  const keyB = (await post<{ key: string }>(`/v1/enterprises/${enterpriseB}/api-keys`, { label: 'e2e' })).key;
  return {
    countyId: county.id,
    streetId: street.id,
    communityId: community.id,
    enterpriseA,
    enterpriseB,
    liaisonId: liaison.id,
    committeeIds: [management.id, union.id, employee.id],
    mediatorId: mediator.id,
    conflictedMediatorId: conflicted.id,
    keyA,
    keyB,
  };
}
