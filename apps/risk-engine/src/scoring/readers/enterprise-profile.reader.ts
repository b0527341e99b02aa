import { type EnterpriseProfile, JURISDICTIONS, type Jurisdiction, type Level, SECTORS, type Sector } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';

interface ProfileRow {
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
 * The directory's view of the enterprise (directory.enterprise_profile_v1) and its group's current
 * levels. An enterprise the directory does not know yet (events may arrive first) is scored as a
 * Chinese enterprise of no particular sector with the headcount its events report.
 */
export async function readEnterpriseProfile(manager: EntityManager, enterpriseId: string): Promise<ProfileWithSiblings> {
  const [row] = await manager.query<ProfileRow[]>(
    `SELECT industry, headcount, group_id, jurisdiction FROM directory.enterprise_profile_v1 WHERE enterprise_id = $1`,
    [enterpriseId],
  );
  const profile: EnterpriseProfile = {
    enterpriseId,
    sector: sectorOf(row?.industry),
    jurisdiction: jurisdictionOf(row?.jurisdiction),
    // The directory records no province yet: the jurisdiction's default province applies.
    province: null,
    groupId: row?.group_id ?? null,
    registeredHeadcount: row?.headcount ?? 0,
  };
  if (!profile.groupId) return { profile, siblingLevels: [] };
  const siblings = await manager.query<{ level: Level }[]>(
    `SELECT r.level FROM enterprise_risk r
       JOIN directory.enterprise_profile_v1 p ON p.enterprise_id = r.enterprise_id
      WHERE p.group_id = $1 AND r.enterprise_id <> $2`,
    [profile.groupId, enterpriseId],
  );
  return { profile, siblingLevels: siblings.map((s) => s.level) };
}

function sectorOf(industry: string | undefined): Sector {
  const normalised = (industry ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  return (SECTORS as readonly string[]).includes(normalised) ? (normalised as Sector) : 'other';
}

function jurisdictionOf(code: string | undefined): Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(code ?? '') ? (code as Jurisdiction) : 'CN';
}
