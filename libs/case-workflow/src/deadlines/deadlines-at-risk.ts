import type { CaseState } from '../state-machine/case-state.model';
import { limitationExpiry } from './case-deadlines';
import { DEFAULT_DEADLINE_OPTIONS, type DeadlineOptions } from './deadline-options.model';
import { type CaseTimer, dueTimers } from './due-timers';

/** The deadlines a case can miss: accepting the seat, the mediation period, performing the agreement, the worker's limitation. */
export const DEADLINE_KINDS = ['acceptance', 'mediation', 'performance', 'limitation'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_RISKS = ['due_soon', 'overdue'] as const;
export type DeadlineRisk = (typeof DEADLINE_RISKS)[number];

export interface DeadlineAtRisk {
  kind: DeadlineKind;
  risk: DeadlineRisk;
  dueAt: Date;
}

export type DeadlineRiskCounts = Record<DeadlineKind, Record<DeadlineRisk, number>>;

/**
 * How long before its end a deadline is due soon. Every period ends at 24:00 local time of its
 * last day, so 24 hours is exactly "its last day has begun", in any calendar, without counting
 * working days (which would flag a Monday deadline for the whole weekend before it).
 */
export const DUE_SOON_MS = 24 * 3_600_000;

interface WatchedDeadline {
  kind: DeadlineKind;
  dueAt: Date;
  dueSoonFrom: Date;
}

/**
 * The case's deadlines that are overdue or due soon at `now`. A case has the deadlines its
 * current stage sets timers for (dueTimers), so a deadline the stage has left behind (an accepted
 * seat, a mediation that reached agreement) is never at risk. Overdue means the instant has passed
 * and the case is still in that stage: for acceptance and mediation the timer acts at once, so an
 * overdue one that stays is a timer that did not act (or had nobody to reassign to).
 *
 * The limitation is due soon from the watchdog's warning (30 days before it ends, by default), not
 * 24 hours before: a worker who misses it loses the right to arbitration, and an application takes
 * longer than a day to prepare.
 */
export function deadlinesAtRisk(state: CaseState, now: Date, options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS): DeadlineAtRisk[] {
  return dueTimers(state, options).flatMap((timer) => {
    const deadline = deadlineWatchedBy(timer, state, options);
    if (!deadline || now < deadline.dueSoonFrom) return [];
    return [{ kind: deadline.kind, risk: now >= deadline.dueAt ? 'overdue' : 'due_soon', dueAt: deadline.dueAt }];
  });
}

/** Deadlines at risk over many cases, with a zero for every kind and risk none of them has (a gauge series that exists reads 0, not "no data"). */
export function countDeadlinesAtRisk(states: Iterable<CaseState>, now: Date, options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS): DeadlineRiskCounts {
  const counts = Object.fromEntries(DEADLINE_KINDS.map((kind) => [kind, { due_soon: 0, overdue: 0 }])) as DeadlineRiskCounts;
  for (const state of states) {
    for (const { kind, risk } of deadlinesAtRisk(state, now, options)) counts[kind][risk] += 1;
  }
  return counts;
}

function deadlineWatchedBy(timer: CaseTimer, state: CaseState, options: DeadlineOptions): WatchedDeadline | null {
  const dayBefore = (dueAt: Date) => new Date(dueAt.getTime() - DUE_SOON_MS);
  switch (timer.kind) {
    case 'acceptance_overdue':
      return { kind: 'acceptance', dueAt: timer.at, dueSoonFrom: dayBefore(timer.at) };
    case 'mediation_overdue':
      return { kind: 'mediation', dueAt: timer.at, dueSoonFrom: dayBefore(timer.at) };
    case 'performance_check':
      return { kind: 'performance', dueAt: timer.at, dueSoonFrom: dayBefore(timer.at) };
    case 'limitation_warning': {
      // dueTimers lists this timer only while a limitation runs.
      const expiry = limitationExpiry(state.limitationFrom ?? timer.at, state.jurisdiction, options);
      return { kind: 'limitation', dueAt: expiry.at, dueSoonFrom: timer.at };
    }
    case 'centre_head_warning':
      // A warning about the mediation period, which is watched as a deadline of its own.
      return null;
  }
}
