import { daysBetween } from '../../calendar-day.util';
import { type ComplaintEvent, type ComplaintRecord, isWithinDays, newestDay } from './complaint-records';

/** Complaints of one category received within a few days of each other: a collective grievance. */
export interface ComplaintBurst {
  category: ComplaintEvent['data']['category'];
  complaints: ComplaintRecord[];
  /** Distinct complainants: one worker complaining repeatedly counts once. */
  complainants: number;
  /** Complainants and co-signers: the workers who put their name to the grievance. */
  workersInvolved: number;
  maxCoSigners: number;
  /** Some complaint of the burst is still open on the evaluation day. */
  open: boolean;
  /** The evaluation day while open, else the day the burst's last complaint was resolved. */
  lastDay: string;
}

/**
 * For every complaint, the burst of complaints of its category received in the `windowDays`
 * calendar days ending on its day. Bursts overlap; callers pick the one that matters.
 */
export function complaintBursts(records: readonly ComplaintRecord[], asOf: string, windowDays: number): ComplaintBurst[] {
  return records.map((last) => {
    const complaints = records.filter((record) => record.event.data.category === last.event.data.category && isWithinDays(record.event.day, last.event.day, windowDays));
    const complainants = new Set(complaints.map((record) => record.complainant)).size;
    const open = complaints.some((record) => record.resolvedDay === null);
    const days = complaints.flatMap((record) => [record.event.day, record.resolvedDay ?? record.event.day]);
    return {
      category: last.event.data.category,
      complaints,
      complainants,
      // Co-signers carry no pseudonym, so one co-signing twice cannot be told apart and counts twice.
      workersInvolved: complainants + complaints.reduce((sum, record) => sum + record.event.data.coSigners, 0),
      maxCoSigners: Math.max(...complaints.map((record) => record.event.data.coSigners)),
      open,
      lastDay: open ? asOf : newestDay(days),
    };
  });
}

/** Bursts still open, or resolved within `lookbackDays` before the evaluation day. */
export function recentBursts(bursts: readonly ComplaintBurst[], asOf: string, lookbackDays: number): ComplaintBurst[] {
  return bursts.filter((burst) => burst.open || daysBetween(burst.lastDay, asOf) <= lookbackDays);
}

/** The burst that weighs most: an open one before a resolved one, then the most workers, then the newest. */
export function weightiestBurst(bursts: readonly ComplaintBurst[]): ComplaintBurst | undefined {
  return bursts.reduce<ComplaintBurst | undefined>((best, burst) => (!best || outweighs(burst, best) ? burst : best), undefined);
}

function outweighs(a: ComplaintBurst, b: ComplaintBurst): boolean {
  if (a.open !== b.open) return a.open;
  if (a.workersInvolved !== b.workersInvolved) return a.workersInvolved > b.workersInvolved;
  return a.lastDay > b.lastDay;
}

/** The measured values every burst explanation shows. */
export function burstValues(burst: ComplaintBurst): Record<string, number | string> {
  return {
    category: burst.category,
    complaints: burst.complaints.length,
    complainants: burst.complainants,
    workersInvolved: burst.workersInvolved,
    maxCoSigners: burst.maxCoSigners,
    openComplaints: burst.complaints.filter((record) => record.resolvedDay === null).length,
  };
}
