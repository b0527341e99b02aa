import type { LegalProfile } from './legal-profile.model';

/**
 * The floor EU directives set for every member state. Most numbers are national; where the EU
 * sets none, the value is a placeholder that keeps the dependent indicator quiet until a national
 * profile replaces it.
 */
export const EU_MINIMUM_LEGAL_PROFILE: LegalProfile = {
  jurisdiction: 'EU',
  name: 'EU minimum (directives only)',
  // Directive 2003/88/EC Art. 6 caps the average week at 48 h over up to 4 months; no monthly cap.
  overtimeMonthlyLimitHours: null,
  // No EU overtime premium: national law or collective agreements set it. 1.0 only asks that
  // overtime be paid at no less than the normal rate.
  overtimePayMinMultiple: 1.0,
  // Directive 98/59/EC Art. 1(1)(a) and 4(1), simplified: over 30 days at least 10 dismissals
  // (establishments of 20–99), 10 % (100–299) or 30 (300+), or 20 over 90 days; dismissals take
  // effect no sooner than 30 days after the authority is notified.
  massLayoffMinWorkers: 10,
  massLayoffMinShare: 0.1,
  massLayoffNoticeDays: 30,
  // No EU mediation clock or collective-dispute size; Concord's defaults (DOMAIN.md §7).
  mediationDays: 15,
  collectiveDisputeMinWorkers: 10,
  // Directive 2008/104/EC requires equal treatment of agency workers but caps no share.
  dispatchMaxShare: null,
  // Supervision letters are an instrument of Chinese unions; Concord's workflow keeps the 15 working days.
  opinionLetterReplyWorkingDays: 15,
  provinces: {
    'EU-MIN': {
      code: 'EU-MIN',
      name: 'EU minimum (national values required)',
      // Placeholders: Directive (EU) 2022/2041 asks for adequate minimum wages but fixes no amount,
      // and some states have no statutory minimum. One cent keeps W5 and P3 silent until a national
      // profile supplies the real figures.
      monthlyMinimumWageMinor: 1,
      hourlyMinimumWageMinor: 1,
      // No EU-wide crime of refusing to pay wages: W4 must never fire on an amount.
      criminalThresholdOneWorkerMinor: Number.MAX_SAFE_INTEGER,
      criminalThresholdGroupMinor: Number.MAX_SAFE_INTEGER,
    },
  },
  defaultProvince: 'EU-MIN',
};
