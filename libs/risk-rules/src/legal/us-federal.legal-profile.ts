import type { LegalProfile } from './legal-profile.model';
import { toMinorUnits } from './minor-units.util';

const FEDERAL_HOURLY_MINIMUM_CENTS = toMinorUnits(7.25);
/** 40 h a week × 52 weeks ÷ 12 months, the usual conversion of an hourly wage to a month. */
const HOURS_PER_MONTH = 173.33;

/** US federal law only: state laws (higher minimum wages, daily overtime, mini-WARN acts) come on top. */
export const US_FEDERAL_LEGAL_PROFILE: LegalProfile = {
  jurisdiction: 'US',
  name: 'United States (federal)',
  // FLSA §207 counts overtime by the week (beyond 40 h) and caps no monthly total.
  overtimeMonthlyLimitHours: null,
  // FLSA §207(a)(1): one and one-half times the regular rate.
  overtimePayMinMultiple: 1.5,
  // WARN Act (29 U.S.C. 2101–2102), 60 days notice: a mass layoff is 50–499 workers at a site who are
  // 33 % of it, or 500+. The profile's either-or test lets 50 alone qualify, so Concord warns earlier
  // than WARN strictly applies, which an early-warning system may.
  massLayoffMinWorkers: 50,
  massLayoffMinShare: 0.33,
  massLayoffNoticeDays: 60,
  // No statutory mediation clock; Concord's own 15 days (DOMAIN.md §7) so cases escalate alike everywhere.
  mediationDays: 15,
  // No statutory notion of a collective dispute; Concord's default keeps collective panels comparable.
  collectiveDisputeMinWorkers: 10,
  // No federal cap on staffing-agency workers.
  dispatchMaxShare: null,
  // Supervision letters are an instrument of Chinese unions; Concord's workflow keeps the 15 working days.
  opinionLetterReplyWorkingDays: 15,
  provinces: {
    'US-FED': {
      code: 'US-FED',
      name: 'Federal minimum (FLSA §206)',
      monthlyMinimumWageMinor: Math.round(FEDERAL_HOURLY_MINIMUM_CENTS * HOURS_PER_MONTH),
      hourlyMinimumWageMinor: FEDERAL_HOURLY_MINIMUM_CENTS,
      // Federal wage law sets no amount that makes non-payment a crime (FLSA §216(a) turns on
      // wilfulness), so W4 must never fire on an amount.
      criminalThresholdOneWorkerMinor: Number.MAX_SAFE_INTEGER,
      criminalThresholdGroupMinor: Number.MAX_SAFE_INTEGER,
    },
  },
  defaultProvince: 'US-FED',
};
