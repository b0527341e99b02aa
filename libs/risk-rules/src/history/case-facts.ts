import type { EnterpriseHistory } from './enterprise-history';

/** Stages after which a mediation has failed: failed, escalated to the next tier, or sent to arbitration. */
const FAILURE_STAGES: ReadonlySet<string> = new Set(['failed', 'escalated', 'arbitration']);

/**
 * What the rules know of one mediation case of the enterprise, derived from its case events
 * (concord.case.opened.v1 and concord.case.stage_changed.v1). Every date is a business day: the
 * day of the event that recorded it.
 */
export interface CaseFacts {
  caseId: string;
  /** From the opening; false when the opening is not on record. */
  collective: boolean;
  /** The opening's day, else the day of the case's first recorded change. */
  openedOn: string;
  /** The stage after the case's latest recorded change ('intake' when only the opening is known). */
  stage: string;
  /** Latest day the case reached `agreement` (reach_agreement); null if never. */
  agreementOn: string | null;
  /** Latest day the agreement's performance was confirmed (confirm_performance → closed); null if never. */
  performanceConfirmedOn: string | null;
  /** Latest day the case failed, escalated or went to arbitration; null if never. */
  failedOn: string | null;
  /** The change that recorded `performanceConfirmedOn`, the opening, and the change that recorded `failedOn`. */
  evidence: { opened: string | null; performance: string | null; failure: string | null };
}

/**
 * Every case of the history, by case id, in the history's canonical order (business day, then
 * event id), so the latest change of a case is the one with the latest business day. Cases whose
 * opening is not on record are known from their changes.
 */
export function caseFacts(history: EnterpriseHistory): Map<string, CaseFacts> {
  const cases = new Map<string, CaseFacts>();
  const blank = (caseId: string, day: string): CaseFacts => ({
    caseId,
    collective: false,
    openedOn: day,
    stage: 'intake',
    agreementOn: null,
    performanceConfirmedOn: null,
    failedOn: null,
    evidence: { opened: null, performance: null, failure: null },
  });
  for (const event of history.of('concord.case.opened.v1')) {
    const facts = cases.get(event.data.caseId) ?? blank(event.data.caseId, event.day);
    cases.set(event.data.caseId, { ...facts, collective: event.data.collective, openedOn: event.day, evidence: { ...facts.evidence, opened: event.id } });
  }
  for (const event of history.of('concord.case.stage_changed.v1')) {
    const { caseId, to, command } = event.data;
    const facts = cases.get(caseId) ?? blank(caseId, event.day);
    facts.stage = to;
    if (to === 'agreement') facts.agreementOn = event.day;
    if (to === 'closed' && command === 'confirm_performance') {
      facts.performanceConfirmedOn = event.day;
      facts.evidence.performance = event.id;
    }
    if (FAILURE_STAGES.has(to)) {
      facts.failedOn = event.day;
      facts.evidence.failure = event.id;
    }
    cases.set(caseId, facts);
  }
  return cases;
}

/** The history as it stood at the end of `asOf`: case facts must not see a later change. */
export function knownBy(history: EnterpriseHistory, asOf: string): EnterpriseHistory {
  const lastDay = history.lastDay();
  return lastDay !== undefined && lastDay > asOf ? history.until(asOf) : history;
}
