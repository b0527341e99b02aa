import type { CaseNeeds } from './case-needs.model';
import type { EmploymentSpell, Mediator } from './mediator.model';

/** DOMAIN.md §7: employment with the enterprise or its group in the last 2 years is a conflict of interest. */
export const EMPLOYMENT_CONFLICT_YEARS = 2;

/** True when the mediator may not hear a case against this enterprise or its group. */
export function hasConflictOfInterest(mediator: Mediator, needs: CaseNeeds): boolean {
  const parties = [needs.enterpriseId, needs.enterpriseGroupId].filter((id): id is string => id !== null);
  if (parties.some((id) => mediator.conflictEnterpriseIds.includes(id))) return true;
  return (mediator.employmentHistory ?? []).some((spell) => isWithParty(spell, parties, needs.enterpriseGroupId) && isRecent(spell, needs.openedOn));
}

function isWithParty(spell: EmploymentSpell, parties: string[], groupId: string | null): boolean {
  return parties.includes(spell.employerId) || (groupId !== null && spell.groupId === groupId);
}

/**
 * Ongoing, or ended on or after the same date 2 years before the case. Without the case's date
 * every spell counts: a missed conflict is worse than one mediator fewer.
 */
function isRecent(spell: EmploymentSpell, openedOn: string | undefined): boolean {
  if (spell.until === null || openedOn === undefined) return true;
  return spell.until >= yearsBefore(openedOn, EMPLOYMENT_CONFLICT_YEARS);
}

/** 'YYYY-MM-DD' the same date `years` earlier; 29 February becomes 28 February, as Civil Code art. 202 ends a period without that day. */
function yearsBefore(isoDay: string, years: number): string {
  const [year, month, day] = isoDay.split('-');
  const earlier = String(Number(year) - years).padStart(4, '0');
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return month === '02' && day === '29' && !leap(Number(earlier)) ? `${earlier}-02-28` : `${earlier}-${month}-${day}`;
}
