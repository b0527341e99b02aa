/** Lengths of a case's periods; DOMAIN.md §6–7 and LDMAL defaults, configurable per deployment and short in tests. */
export interface DeadlineOptions {
  /** a mediator accepts within this many working days of assignment, or the case is reassigned */
  acceptanceWorkingDays: number;
  /** LDMAL art. 14: mediation fails when no agreement is reached within 15 days of receipt */
  mediationDays: number;
  /** the centre head is warned on this day of the mediation period while no meeting has been held */
  centreHeadWarningDay: number;
  /** an extension's length when the command does not say */
  extensionDays: number;
  /** LDMAL art. 27: the limitation period for applying for arbitration */
  limitationYears: number;
  /** the watchdog warns this many days before the limitation period ends */
  limitationWarningDays: number;
  /** move a period's last day that falls on a rest day to the next working day (Civil Code art. 203) */
  rollOverRestDays: boolean;
}

export const DEFAULT_DEADLINE_OPTIONS: DeadlineOptions = Object.freeze({
  acceptanceWorkingDays: 3,
  mediationDays: 15,
  centreHeadWarningDay: 10,
  extensionDays: 15,
  limitationYears: 1,
  limitationWarningDays: 30,
  rollOverRestDays: true,
});
