/**
 * Demo feed: plays six months of the region's history (wages, working time, social insurance,
 * complaints, a stoppage) through the public ingest API, day by day, then keeps a gentle live
 * stream going until stopped. Enterprises get different fortunes (region-story.ts) so the board
 * shows every level and each enterprise's chart has months behind it.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/demo/feed-events.ts <keys.json> <ingest-url> <console-url> <email> <password>
 */
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { wagePaymentEvent } from '@concord/testing';
import { backfill } from './backfill';
import { type DemoEnterpriseKey, fortuneOf } from './region-story';

const LIVE_INTERVAL_MS = 3_000;

async function staffToken(consoleUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${consoleUrl}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`console login answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Posts one event; anything but 202 stops the feed with the API's explanation. */
async function post(ingestUrl: string, key: string, event: unknown): Promise<void> {
  const response = await fetch(`${ingestUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(event),
  });
  if (response.status !== 202) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
}

async function main(): Promise<void> {
  const [keysFile, ingestUrl, consoleUrl, email, password] = process.argv.slice(2);
  if (!keysFile || !ingestUrl || !consoleUrl || !email || !password) throw new Error('usage: feed-events.ts <keys.json> <ingest-url> <console-url> <email> <password>');
  const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as DemoEnterpriseKey[];
  const token = await staffToken(consoleUrl, email, password);
  const riskAsOf = async (enterpriseId: string) => {
    const response = await fetch(`${consoleUrl}/v1/enterprises/${enterpriseId}/risk`, { headers: { authorization: `Bearer ${token}` } });
    return response.ok ? ((await response.json()) as { asOf: string }).asOf : undefined;
  };
  const started = Date.now();
  const today = new Date().toISOString().slice(0, 10);
  const accepted = await backfill({ ingestUrl, riskAsOf }, keys, today, (line) => process.stdout.write(`${line}\n`));
  process.stdout.write(`demo feed: ${accepted} historical events accepted and scored in ${((Date.now() - started) / 1000).toFixed(1)}s; streaming live events every ${LIVE_INTERVAL_MS / 1000}s\n`);
  // Live: the enterprises that pay on time keep reporting on-time runs, so the stream never stops.
  const punctual = keys.filter((key) => fortuneOf(key.registeredCode) === 'steady');
  for (let tick = 0; punctual.length > 0; tick++) {
    const enterprise = punctual[tick % punctual.length];
    const onTime = wagePaymentEvent({
      enterpriseId: enterprise.enterpriseId,
      headcount: enterprise.headcount,
      workersUnpaid: 0,
      daysLate: 0,
      period: today.slice(0, 7),
      id: `demo-live-${Date.now()}-${tick}`,
    });
    await post(ingestUrl, enterprise.key, onTime);
    await delay(LIVE_INTERVAL_MS);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo feed failed: ${(error as Error).message}\n`);
  process.exit(1);
});
