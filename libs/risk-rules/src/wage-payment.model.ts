/** One wage payment run as reported (contract concord.hr.wage_payment.v1). */
export interface WagePaymentFact {
  eventId: string;
  /** 'YYYY-MM' */
  period: string;
  /** 'YYYY-MM-DD' */
  scheduledPayDate: string;
  /** null = still unpaid or partly unpaid */
  actualPayDate: string | null;
  headcount: number;
  workersDue: number;
  /** workers actually paid in full */
  workersPaid: number;
  /** minor currency units (fen) */
  amountDueMinor: number;
  amountPaidMinor: number;
  /** eventId of an earlier fact this one corrects */
  supersedes?: string;
}

export interface WageFeatures {
  /** 'YYYY-MM-DD' the features were computed for */
  asOf: string;
  /** from the latest fact by scheduledPayDate */
  headcount: number;
  /** over open (unresolved) arrears; 0 if none */
  maxDaysLate: number;
  /** max of workersDue - workersPaid over open arrears */
  workersOwed: number;
  openArrearsPeriods: string[];
  /** ids of the facts behind the open arrears */
  evidenceEventIds: string[];
}
