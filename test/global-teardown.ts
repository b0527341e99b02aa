import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function globalTeardown(): void {
  if (process.env.CONCORD_TEST_STARTED_BROKER !== '1') return;
  execFileSync('bash', [join(__dirname, '..', 'scripts', 'broker.sh'), 'stop'], { stdio: 'inherit' });
  delete process.env.CONCORD_TEST_STARTED_BROKER;
  delete process.env.KAFKA_BROKERS;
}
