/**
 * Child process of engine.bench.ts (run with `node --expose-gc`): scores the given number of
 * enterprises (at least one event each, 1.5 on average) through the pure rules, as the engine
 * does, and keeps what the engine keeps in the risk-engine's own EnterpriseHistoryCache (history,
 * single-day levels, their key and the history version), sized to hold them all; prints the
 * process RSS after a full GC as one JSON line. Events are built one by one from their JSON (as they would come off Kafka or
 * Postgres) and validated against their contracts, so no two enterprises share payload objects.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DEFAULT_RULE_SET, type DayLevels, EnterpriseHistory, INDICATOR_CATALOG, addDays, assessRisk, forgetDaysBefore, legalProfileFor } from '@concord/risk-rules';
import { EnterpriseHistoryCache, dayLevelsKey } from '../../../apps/risk-engine/src/scoring/enterprise-history.cache';
import { benchProfile, freshIds, hrEventStream, toRecordedEvent } from './hr-event-stream';

const MB = 1024 * 1024;
const CHUNK = 10_000;

function collectedMemory(): NodeJS.MemoryUsage {
  if (!globalThis.gc) throw new Error('run with node --expose-gc');
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage();
}

function main(): void {
  const enterprises = Number(process.argv[2] ?? 100_000);
  const legal = legalProfileFor('CN');
  // Warm the rules' code and caches before the baseline, so the baseline holds them too.
  scoreChunk(new EnterpriseHistoryCache(100), freshIds(100), 0, legal);
  const before = collectedMemory();
  const started = performance.now();
  const cache = new EnterpriseHistoryCache(enterprises);
  let events = 0;
  // Generated a chunk at a time, so the generator's own garbage is not counted as the cache.
  for (let start = 0; start < enterprises; start += CHUNK) {
    events += scoreChunk(cache, freshIds(Math.min(CHUNK, enterprises - start)), start, legal);
  }
  const seconds = (performance.now() - started) / 1000;
  const after = collectedMemory();
  process.stdout.write(
    `${JSON.stringify({
      enterprises: cache.size,
      events,
      seconds,
      rssMb: after.rss / MB,
      baselineRssMb: before.rss / MB,
      heapUsedMb: after.heapUsed / MB,
      heapTotalMb: after.heapTotal / MB,
      externalMb: after.external / MB,
      baselineHeapUsedMb: before.heapUsed / MB,
    })}\n`,
  );
}

/** Half the enterprises get one event, half two; returns the events scored. */
function scoreChunk(cache: EnterpriseHistoryCache, ids: string[], offset: number, legal: ReturnType<typeof legalProfileFor>): number {
  const stream = hrEventStream({ events: Math.floor(ids.length * 1.5), enterpriseIds: ids, from: new Date('2026-06-01T00:00:00Z'), months: 6, seed: offset + 1 });
  const byEnterprise = new Map<string, ReturnType<typeof toRecordedEvent>[]>();
  for (const event of stream) {
    const list = byEnterprise.get(event.subject) ?? [];
    list.push(toRecordedEvent(event));
    byEnterprise.set(event.subject, list);
  }
  ids.forEach((enterpriseId, i) => {
    const history = EnterpriseHistory.of(byEnterprise.get(enterpriseId) ?? []);
    const profile = benchProfile(enterpriseId, offset + i);
    const asOf = history.lastDay() ?? '2026-06-01';
    const dayLevels: DayLevels = new Map();
    assessRisk({ history, profile, asOf, ruleSet: DEFAULT_RULE_SET, catalog: INDICATOR_CATALOG, legal }, dayLevels);
    forgetDaysBefore(dayLevels, addDays(asOf, -DEFAULT_RULE_SET.hysteresisDays));
    cache.remember(enterpriseId, { historyVersion: randomUUID(), history, dayLevels, levelsKey: dayLevelsKey(DEFAULT_RULE_SET, profile, []) });
  });
  return stream.length;
}

main();
