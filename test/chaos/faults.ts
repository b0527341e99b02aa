import { setTimeout as delay } from 'node:timers/promises';
import type { ServiceName, SystemUnderTest } from '../e2e/system-under-test';
import type { ChaosInfrastructure } from './chaos-infrastructure';

export interface Fault {
  name: string;
  inject(system: SystemUnderTest, infrastructure: ChaosInfrastructure): Promise<void>;
}

/** How long the broker stays unreachable: longer than a producer's or consumer's request timeout, shorter than a handler's retry budget. */
const BROKER_OUTAGE_MS = 8_000;

/** SIGKILL: no shutdown hook runs, whatever was in memory is gone; then the same service starts again. */
const killAndRestart = (service: ServiceName): Fault => ({
  name: `SIGKILL ${service}`,
  inject: async (system) => {
    await system.kill(service);
    await system.restart(service);
  },
});

/** Every fault the issue names, in the order the suite applies them while the load runs. */
export const FAULTS: Fault[] = [
  killAndRestart('ingest-api'),
  killAndRestart('risk-engine'),
  killAndRestart('notifier'),
  killAndRestart('case-service'),
  killAndRestart('console'),
  {
    name: 'Kafka broker down and up',
    inject: async (_system, { broker }) => {
      await broker.down();
      await delay(BROKER_OUTAGE_MS);
      await broker.up();
    },
  },
  {
    name: 'PostgreSQL crash and restart',
    inject: async (_system, { postgres }) => postgres.restart(),
  },
  {
    name: 'Redis restart (empty)',
    inject: async (_system, { redis }) => redis.restart(),
  },
];
