import type { Jurisdiction } from '../history/enterprise-profile.model';

/** Per-province (or state) values: minimum wages and the criminal wage-arrears threshold. */
export interface ProvinceValues {
  code: string;
  name: string;
  /** Monthly minimum wage, highest tier, in minor units (fen, cents). */
  monthlyMinimumWageMinor: number;
  /** Hourly minimum wage, highest tier, in minor units. */
  hourlyMinimumWageMinor: number;
  /** Arrears owed to one worker that make wage refusal a crime (SPC 2013 No. 3 Art. 3), minor units. */
  criminalThresholdOneWorkerMinor: number;
  /** Arrears owed to 10 or more workers in total that make it a crime, minor units. */
  criminalThresholdGroupMinor: number;
}

/** The legal numbers of one jurisdiction (DOMAIN.md §6); rules read them instead of constants. */
export interface LegalProfile {
  jurisdiction: Jurisdiction;
  name: string;
  /** Overtime hours per worker per month beyond which overtime is unlawful (CN: 36); null = no monthly cap. */
  overtimeMonthlyLimitHours: number | null;
  /** Lowest lawful overtime pay multiple (CN 1.5 on workdays). */
  overtimePayMinMultiple: number;
  /** Mass layoff: dismissals of at least this many workers… */
  massLayoffMinWorkers: number;
  /** …or at least this share of the workforce (0–1)… */
  massLayoffMinShare: number;
  /** …need this much notice to the union / workers (days). */
  massLayoffNoticeDays: number;
  /** Days after which mediation counts as failed. */
  mediationDays: number;
  /** Workers with a common claim that make a dispute collective. */
  collectiveDisputeMinWorkers: number;
  /** Most dispatched workers as a share of the workforce; null = no cap. */
  dispatchMaxShare: number | null;
  /** Working days an opinion letter may stay unanswered (ACFTU 2021 Art. 23). */
  opinionLetterReplyWorkingDays: number;
  provinces: Readonly<Record<string, ProvinceValues>>;
  /** The province used when an enterprise has none on record. */
  defaultProvince: string;
}
