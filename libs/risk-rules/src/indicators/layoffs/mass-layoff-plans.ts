import { addDays, daysBetween } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import type { MeasureContext } from '../indicator.model';

type LayoffPlanEvent = RecordedEvent<'concord.hr.layoff_plan.v1'>;

/** A layoff plan large enough to be a mass layoff, still unresolved on the evaluation day. */
export interface MassLayoffPlan {
  event: LayoffPlanEvent;
  /** Days from the announcement to the first dismissals. */
  noticeDays: number;
  /** Explained to the union or all workers with at least the legal notice (LCL Art. 41). */
  withProcedure: boolean;
}

/**
 * Mass-layoff plans that are still unresolved: from the plan's report until `settledDays` after
 * the first dismissals take effect (the month in which severance and re-employment disputes
 * arise; unpaid severance after that is L5's). Without this end a floor or trigger would hold
 * for ever. Mass = at least the legal minimum of workers or share of the workforce before the
 * layoff: a legal threshold, so absolute counts on the actual headcount, never the rate floor.
 * Every legal ground counts: a mass dismissal needs the procedure whatever ground is claimed.
 */
export function openMassLayoffPlans({ history, asOf, legal, params }: Pick<MeasureContext, 'history' | 'asOf' | 'legal' | 'params'>): MassLayoffPlan[] {
  return history
    .of('concord.hr.layoff_plan.v1')
    .filter((event) => isMassLayoff(event, legal) && asOf <= addDays(event.data.effectiveOn, params.settledDays))
    .map((event) => {
      const noticeDays = daysBetween(event.data.announcedOn, event.data.effectiveOn);
      return { event, noticeDays, withProcedure: event.data.thirtyDayProcedure && noticeDays >= legal.massLayoffNoticeDays };
    });
}

function isMassLayoff({ data }: LayoffPlanEvent, legal: MeasureContext['legal']): boolean {
  return data.workersAffected >= legal.massLayoffMinWorkers || data.workersAffected / data.headcountBefore >= legal.massLayoffMinShare;
}

/** The plan dismissing the most workers, and the values that explain it. */
export function largestPlan(plans: readonly MassLayoffPlan[]): { plan: MassLayoffPlan; values: Record<string, number | string> } {
  const plan = plans.reduce((a, b) => (b.event.data.workersAffected > a.event.data.workersAffected ? b : a));
  const { data } = plan.event;
  return {
    plan,
    values: {
      workersAffected: data.workersAffected,
      headcountBefore: data.headcountBefore,
      shareAffected: Math.round((data.workersAffected / data.headcountBefore) * 1000) / 1000,
      announcedOn: data.announcedOn,
      effectiveOn: data.effectiveOn,
      noticeDays: plan.noticeDays,
      legalGround: data.legalGround,
      plans: plans.length,
    },
  };
}
