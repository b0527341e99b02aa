import { preparedStatement, runPrepared } from '@concord/database';
import { type EnterpriseProfile, JURISDICTIONS, type Jurisdiction, type Level, SECTORS, type Sector } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';

interface ProfileRow {
  enterprise_id: string;
  industry: string;
  headcount: number;
  group_id: string | null;
  jurisdiction: string;
}

export interface ProfileWithSiblings {
  profile: EnterpriseProfile;
  /** Current levels of the other establishments of its group. */
  siblingLevels: Level[];
}

/**
 * The directory's facts of each enterprise (directory.enterprise_facts_v1: no region path, which
 * scoring does not use and enterprise_profile_v1 builds on every read) and its group's
 * current levels, in two queries for all of them. An enterprise the directory does not know yet
 * (events may arrive first) is scored as a Chinese enterprise of no particular sector with the
 * headcount its events report.
 */
const ENTERPRISE_FACTS = preparedStatement(
  'risk.enterprise-facts',
  `SELECT enterprise_id, industry, headcount, group_id, jurisdiction FROM directory.enterprise_facts_v1 WHERE enterprise_id = ANY($1::uuid[])`,
);

export async function readEnterpriseProfiles(manager: EntityManager, enterpriseIds: readonly string[]): Promise<Map<string, ProfileWithSiblings>> {
  const rows = await runPrepared<ProfileRow>(manager, ENTERPRISE_FACTS, [enterpriseIds]);
  const known = new Map(rows.map((row) => [row.enterprise_id, row]));
  const groups = [...new Set(rows.flatMap((row) => (row.group_id ? [row.group_id] : [])))];
  const members =
    groups.length === 0
      ? []
      : await manager.query<{ enterprise_id: string; group_id: string; level: Level }[]>(
          `SELECT r.enterprise_id, p.group_id, r.level FROM enterprise_risk r
             JOIN directory.enterprise_facts_v1 p ON p.enterprise_id = r.enterprise_id
            WHERE p.group_id = ANY($1::uuid[])`,
          [groups],
        );
  return new Map(
    enterpriseIds.map((enterpriseId) => {
      const row = known.get(enterpriseId);
      const profile: EnterpriseProfile = {
        enterpriseId,
        sector: sectorOf(row?.industry),
        jurisdiction: jurisdictionOf(row?.jurisdiction),
        // The directory records no province yet: the jurisdiction's default province applies.
        province: null,
        groupId: row?.group_id ?? null,
        registeredHeadcount: row?.headcount ?? 0,
      };
      const siblingLevels = members.filter((m) => m.group_id === profile.groupId && m.enterprise_id !== enterpriseId).map((m) => m.level);
      return [enterpriseId, { profile, siblingLevels }];
    }),
  );
}

export async function readEnterpriseProfile(manager: EntityManager, enterpriseId: string): Promise<ProfileWithSiblings> {
  return (await readEnterpriseProfiles(manager, [enterpriseId])).get(enterpriseId) as ProfileWithSiblings;
}

function sectorOf(industry: string | undefined): Sector {
  const normalised = (industry ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (SECTORS as readonly string[]).includes(normalised) ? (normalised as Sector) : 'other';
}

function jurisdictionOf(code: string | undefined): Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(code ?? '') ? (code as Jurisdiction) : 'CN';
}
