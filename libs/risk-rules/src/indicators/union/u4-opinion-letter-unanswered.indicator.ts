import { daysBetween } from '../../calendar-day.util';
import { WORK_CALENDARS, workingDaysBetweenOrWeekdays } from '../../calendar/work-calendar';
import { type IndicatorDefinition, floorTier } from '../indicator.model';

/**
 * U4: a labor-law supervision opinion letter not answered within the legal number of working
 * days (holidays and make-up workdays of the jurisdiction's calendar), by the working days past
 * that deadline — until the answer, or the evaluation day while unanswered. A late answer closes
 * it and its points decay from the answer day.
 */
export const U4_OPINION_LETTER_UNANSWERED: IndicatorDefinition = {
  id: 'U4',
  category: 'union',
  title: 'Opinion letter unanswered',
  unit: 'working days overdue',
  measure(context) {
    const calendar = WORK_CALENDARS[context.legal.jurisdiction];
    const replyWorkingDays = context.legal.opinionLetterReplyWorkingDays;
    // An answer dated after the evaluation day had not been given yet on that day.
    const answeredBy = (answeredOn: string | null) => (answeredOn !== null && answeredOn <= context.asOf ? answeredOn : null);
    const late = context.history
      .of('concord.hr.supervision_letter.v1')
      .filter((letter) => letter.data.letterKind === 'opinion')
      .map((letter) => {
        const answeredOn = answeredBy(letter.data.answeredOn);
        const lastDay = answeredOn ?? context.asOf;
        const waited = workingDaysBetweenOrWeekdays(calendar, letter.data.issuedOn, lastDay);
        return { letter, answeredOn, lastDay, exact: waited.exact, overdue: waited.days - replyWorkingDays };
      })
      .filter((wait) => wait.overdue > 0 && daysBetween(wait.lastDay, context.asOf) <= context.params.lookbackDays);
    const open = late.filter((wait) => wait.answeredOn === null);
    const candidates = open.length > 0 ? open : late;
    if (candidates.length === 0) return null;
    const worst = candidates.reduce((a, b) => (b.overdue > a.overdue ? b : a));
    const { data } = worst.letter;
    return {
      value: worst.overdue,
      values: {
        workingDaysOverdue: worst.overdue,
        replyWorkingDays,
        issuedOn: data.issuedOn,
        answeredOn: worst.answeredOn ?? 'not yet',
        issuer: data.issuer,
        category: data.category,
        overdueUnanswered: open.length,
        workingDayCount: worst.exact ? 'holiday calendar' : 'Monday to Friday (no holiday data for the year yet)',
      },
      evidenceEventIds: [worst.letter.id],
      lastEvidenceDay: worst.lastDay,
      unresolved: worst.answeredOn === null,
    };
  },
  defaults: {
    enabled: true,
    tiers: [floorTier(1, 15, 'YELLOW')],
    params: { lookbackDays: 180 },
    legalBasis: 'ACFTU Measures for Trade Union Labor Law Supervision (工会劳动法律监督办法, 2021) Art. 23 (opinion letter answered within 15 working days)',
  },
};
