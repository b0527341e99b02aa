/**
 * Child process of engine.bench.ts: times the pure `backtest` over recorded histories totalling
 * the given number of events (enterprises of `perEnterprise` events on average, over a year), with
 * DEFAULT_RULE_SET live and a draft whose BLUE band starts lower. Prints one JSON line.
 *
 * A pilot on a few enterprises estimates the whole run first. If the estimate exceeds the budget,
 * the backtest runs on as many enterprises as fit in about `sampleSeconds` and the figure is
 * extrapolated linearly in the number of enterprises (each has the same kind of history, so the
 * cost per enterprise is the same); the JSON says so and on how many events it was measured.
 */
import type { HrEventType } from '@concord/contracts';
import { DEFAULT_RULE_SET, EnterpriseHistory, INDICATOR_CATALOG, type RecordedEnterprise, type RecordedEvent, type RuleSet, backtest, isoDayOf, legalProfileFor, validateRuleSet } from '@concord/risk-rules';
import { benchProfile, freshIds, hrEventStream, toRecordedEvent } from './hr-event-stream';

const PILOT_ENTERPRISES = 20;
const CHUNK_ENTERPRISES = 200;

function draftRuleSet(): RuleSet {
  const draft = structuredClone<RuleSet>(DEFAULT_RULE_SET);
  draft.id = 'cn-default-draft';
  draft.version = DEFAULT_RULE_SET.version + 1;
  draft.bands = draft.bands.map((band) => (band.level === 'BLUE' ? { ...band, minScore: band.minScore - 5 } : band));
  const problems = validateRuleSet(draft);
  if (problems.length > 0) throw new Error(`draft rule set is invalid: ${problems.join('; ')}`);
  return draft;
}

/**
 * Recorded histories of `enterprises` enterprises, `perEnterprise` events each on average. Every
 * event's payload is validated once per type and shared: the backtest only reads payloads, and a
 * million separate copies would measure the allocator, not the backtest.
 */
function recordedEnterprises(enterprises: number, perEnterprise: number, seed: number): RecordedEnterprise[] {
  const legal = legalProfileFor('CN');
  const validated = new Map<HrEventType, RecordedEvent['data']>();
  const result: RecordedEnterprise[] = [];
  for (let start = 0; start < enterprises; start += CHUNK_ENTERPRISES) {
    const ids = freshIds(Math.min(CHUNK_ENTERPRISES, enterprises - start));
    const stream = hrEventStream({ events: ids.length * perEnterprise, enterpriseIds: ids, from: new Date('2026-01-01T00:00:00Z'), months: 12, seed: seed + start });
    const byEnterprise = new Map<string, RecordedEvent[]>();
    for (const produced of stream) {
      const { id, type, time } = JSON.parse(produced.value) as { id: string; type: HrEventType; time: string };
      let data = validated.get(type);
      if (!data) {
        data = toRecordedEvent(produced).data;
        validated.set(type, data);
      }
      const list = byEnterprise.get(produced.subject) ?? [];
      list.push({ id, type, day: isoDayOf(new Date(time)), data } as RecordedEvent);
      byEnterprise.set(produced.subject, list);
    }
    ids.forEach((enterpriseId, i) => {
      result.push({ history: EnterpriseHistory.of(byEnterprise.get(enterpriseId) ?? []), profile: benchProfile(enterpriseId, start + i), legal });
    });
  }
  return result;
}

function timed(enterprises: RecordedEnterprise[], draft: RuleSet): { seconds: number; changed: number; evaluations: number } {
  const started = performance.now();
  const report = backtest(enterprises, DEFAULT_RULE_SET, draft, INDICATOR_CATALOG);
  return { seconds: (performance.now() - started) / 1000, changed: report.changes.length, evaluations: report.evaluations };
}

function main(): void {
  const [total, perEnterprise, budgetSeconds, sampleSeconds] = process.argv.slice(2, 6).map(Number);
  const totalEnterprises = Math.ceil(total / perEnterprise);
  const draft = draftRuleSet();
  // A discarded run first, so the pilot measures optimised code.
  timed(recordedEnterprises(5, perEnterprise, 0), draft);
  const pilot = timed(recordedEnterprises(PILOT_ENTERPRISES, perEnterprise, 1), draft);
  const perEnterpriseSeconds = pilot.seconds / PILOT_ENTERPRISES;
  const estimate = perEnterpriseSeconds * totalEnterprises;
  const measuredEnterprises =
    estimate <= budgetSeconds ? totalEnterprises : Math.min(totalEnterprises, Math.max(PILOT_ENTERPRISES, Math.floor(sampleSeconds / perEnterpriseSeconds)));
  const measured = timed(recordedEnterprises(measuredEnterprises, perEnterprise, 1_000_000), draft);
  const measuredEvents = measuredEnterprises * perEnterprise;
  process.stdout.write(
    `${JSON.stringify({
      events: totalEnterprises * perEnterprise,
      enterprises: totalEnterprises,
      perEnterprise,
      pilotEstimateSeconds: estimate,
      measuredEvents,
      measuredSeconds: measured.seconds,
      evaluations: measured.evaluations,
      enterprisesChanged: measured.changed,
      extrapolated: measuredEnterprises < totalEnterprises,
      seconds: (measured.seconds * totalEnterprises) / measuredEnterprises,
    })}\n`,
  );
}

main();
