/**
 * Demo feed: plays months of wage-payment history for the demo enterprises through the public
 * ingest API, then keeps a gentle live stream going until stopped. Enterprises get different
 * fortunes (on time, a little late, long and widespread arrears) so the board shows every level.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/demo/feed-events.ts <keys.json> <ingest-url>
 */
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { wagePaymentEvent } from '@concord/testing';

interface DemoKey {
  enterpriseId: string;
  name: string;
  key: string;
  headcount: number;
}

const DAY_MS = 86_400_000;
const HISTORY_MONTHS = 6;
const LIVE_INTERVAL_MS = 3_000;

/** How each enterprise's most recent pay run went: workers unpaid and days late. */
const FORTUNES = [
  { share: 0, daysLate: 0 },
  { share: 0, daysLate: 0 },
  { share: 0.02, daysLate: 5 },
  { share: 0.05, daysLate: 12 },
  { share: 0.12, daysLate: 35 },
  { share: 0.3, daysLate: 45 },
];

/** The calendar month `monthsBack` months before `from`, as a pay period (YYYY-MM). */
function payPeriod(from: Date, monthsBack: number): string {
  const month = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - monthsBack, 1));
  return month.toISOString().slice(0, 7);
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
  const [keysFile, ingestUrl] = process.argv.slice(2);
  if (!keysFile || !ingestUrl) throw new Error('usage: feed-events.ts <keys.json> <ingest-url>');
  const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as DemoKey[];
  const now = Date.now();
  let accepted = 0;
  for (const [index, enterprise] of keys.entries()) {
    const fortune = FORTUNES[index % FORTUNES.length];
    for (let monthsAgo = HISTORY_MONTHS; monthsAgo >= 0; monthsAgo--) {
      const latest = monthsAgo === 0;
      const businessTime = new Date(now - monthsAgo * 30 * DAY_MS);
      const event = wagePaymentEvent(
        {
          enterpriseId: enterprise.enterpriseId,
          headcount: enterprise.headcount,
          workersUnpaid: latest ? Math.round(enterprise.headcount * fortune.share) : 0,
          daysLate: latest ? fortune.daysLate : 0,
          period: payPeriod(new Date(now), monthsAgo + 1),
          id: `demo-${enterprise.enterpriseId}-${monthsAgo}`,
        },
        businessTime,
      );
      await post(ingestUrl, enterprise.key, event);
      accepted++;
    }
  }
  process.stdout.write(`demo feed: ${accepted} historical events accepted; streaming live events every ${LIVE_INTERVAL_MS / 1000}s\n`);
  // Live: the enterprises that pay on time keep reporting on-time runs, so the stream never stops.
  const punctual = keys.filter((_, index) => FORTUNES[index % FORTUNES.length].share === 0);
  for (let tick = 0; punctual.length > 0; tick++) {
    const enterprise = punctual[tick % punctual.length];
    const onTime = wagePaymentEvent({
      enterpriseId: enterprise.enterpriseId,
      headcount: enterprise.headcount,
      workersUnpaid: 0,
      daysLate: 0,
      period: payPeriod(new Date(), 0),
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
