import { daysBetween } from '../../calendar-day.util';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';

/**
 * U5: the consultation committee has not met for more than `meetingDays`, by the days past that.
 * Counted from its last meeting; an enterprise with no meeting on record is counted from its
 * first event, the day Concord started watching it, so a newly registered enterprise is not
 * flagged on day one. It holds until the committee meets again.
 */
export const U5_COMMITTEE_IDLE: IndicatorDefinition = {
  id: 'U5',
  category: 'union',
  title: 'Consultation committee has not met',
  unit: 'days overdue',
  measure(context) {
    const meetings = context.history.of('concord.hr.committee_meeting.v1').filter((meeting) => meeting.data.heldOn <= context.asOf);
    const lastMeeting = meetings.reduce<(typeof meetings)[number] | undefined>((last, m) => (!last || m.data.heldOn > last.data.heldOn ? m : last), undefined);
    const since = lastMeeting ?? context.history.events[0];
    if (!since) return null;
    const sinceDay = lastMeeting?.data.heldOn ?? since.day;
    const daysIdle = daysBetween(sinceDay, context.asOf);
    if (daysIdle <= context.params.meetingDays) return null;
    return {
      value: daysIdle - context.params.meetingDays,
      values: { daysSinceMeeting: daysIdle, lastMeetingOn: lastMeeting?.data.heldOn ?? 'none on record', countedFrom: sinceDay, meetingDays: context.params.meetingDays },
      evidenceEventIds: [since.id],
      lastEvidenceDay: context.asOf,
      unresolved: true,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 5)],
    params: { meetingDays: 90 },
    legalBasis: 'No statutory threshold; federation practice (default)',
  },
};
