import { daysBetween, isoDayOfTimestamp } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import type { MeasureContext } from '../indicator.model';

export type ComplaintEvent = RecordedEvent<'concord.hr.complaint.v1'>;
export type ComplaintChannel = ComplaintEvent['data']['channel'];

/** A complaint as it stands on the evaluation day. */
export interface ComplaintRecord {
  event: ComplaintEvent;
  /** UTC day the complaint was received. */
  receivedDay: string;
  /** UTC day it was resolved, if it was by the evaluation day; null while open. */
  resolvedDay: string | null;
  /**
   * Who complained: the intake's pseudonym, so one worker's repeated complaints count once where
   * workers are counted; a complaint without one stands for its own complainant.
   */
  complainant: string;
}

/** The complaints received by the evaluation day, oldest first. */
export function complaintRecords({ history, asOf }: Pick<MeasureContext, 'history' | 'asOf'>): ComplaintRecord[] {
  return history
    .of('concord.hr.complaint.v1')
    .filter((event) => event.day <= asOf)
    .map((event) => {
      const { receivedAt, resolvedAt, complainantPseudonym } = event.data;
      const resolvedDay = resolvedAt ? isoDayOfTimestamp(resolvedAt) : null;
      return {
        event,
        receivedDay: isoDayOfTimestamp(receivedAt),
        resolvedDay: resolvedDay !== null && resolvedDay <= asOf ? resolvedDay : null,
        complainant: complainantPseudonym ? `pseudonym:${complainantPseudonym}` : `complaint:${event.id}`,
      };
    });
}

/** Whether `day` is one of the `windowDays` calendar days ending on `asOf` (both included). */
export function isWithinDays(day: string, asOf: string, windowDays: number): boolean {
  const age = daysBetween(day, asOf);
  return age >= 0 && age < windowDays;
}

export function newestDay(days: readonly string[]): string {
  return days.reduce((newest, day) => (day > newest ? day : newest));
}
