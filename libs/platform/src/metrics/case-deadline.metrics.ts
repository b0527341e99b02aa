import { Gauge } from 'prom-client';
import { metricsRegistry } from './registry';

/** Deadlines at risk per kind and state, e.g. { acceptance: { due_soon: 2, overdue: 0 } }. */
export type DeadlinesAtRiskCounts = Record<string, Record<string, number>>;

let source: (() => Promise<DeadlinesAtRiskCounts>) | undefined;

/**
 * Open case deadlines that are due soon or overdue, read from the case service's own store at
 * each scrape. A read that fails leaves no series (absent, not a stale or a false zero); the
 * reader reports why.
 */
export const caseDeadlinesAtRisk = new Gauge({
  name: 'concord_case_deadlines_at_risk',
  help: 'Open case deadlines (acceptance, mediation, performance, limitation) due soon or overdue, read at scrape time',
  labelNames: ['kind', 'state'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    const counts = await source?.().catch(() => undefined);
    for (const [kind, byState] of Object.entries(counts ?? {})) {
      for (const [state, n] of Object.entries(byState)) this.set({ kind, state }, n);
    }
  },
});

/** The case service reports its deadlines at risk until the returned function is called (on shutdown). */
export function reportCaseDeadlinesAtRisk(counts: () => Promise<DeadlinesAtRiskCounts>): () => void {
  source = counts;
  return () => {
    if (source === counts) source = undefined;
  };
}
