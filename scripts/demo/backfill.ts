/**
 * Plays the region's six months through the public ingest API in business-day order, one round
 * per day that has events: each enterprise's events of the day go in one batch, and the next round
 * starts only once the risk engine has scored every enterprise of this one as of that day. The
 * engine scores a batch of an enterprise's events once, at its latest business day; waiting keeps
 * each day its own assessment, so the history shows the level and score moving month by month.
 */
import { waitFor } from '@concord/testing';
import { type DemoEnterpriseKey, type StoryEvent, storyOf } from './region-story';

export interface BackfillTarget {
  ingestUrl: string;
  /** Reads an enterprise's current risk (`asOf` is its business day) with a staff token. */
  riskAsOf: (enterpriseId: string) => Promise<string | undefined>;
}

interface Round {
  day: string;
  batches: { enterprise: DemoEnterpriseKey; events: StoryEvent[] }[];
}

function roundsOf(enterprises: readonly DemoEnterpriseKey[], today: string): Round[] {
  const byDay = new Map<string, Map<DemoEnterpriseKey, StoryEvent[]>>();
  for (const enterprise of enterprises) {
    for (const event of storyOf(enterprise, today)) {
      const day = byDay.get(event.day) ?? new Map<DemoEnterpriseKey, StoryEvent[]>();
      day.set(enterprise, [...(day.get(enterprise) ?? []), event]);
      byDay.set(event.day, day);
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, batches]) => ({ day, batches: [...batches.entries()].map(([enterprise, events]) => ({ enterprise, events })) }));
}

/** One enterprise's events of a day in one batch; any event not accepted (or a duplicate of a re-run) stops the demo with the API's answer. */
async function postBatch(ingestUrl: string, enterprise: DemoEnterpriseKey, events: StoryEvent[]): Promise<void> {
  const response = await fetch(`${ingestUrl}/v1/events/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${enterprise.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events: events.map((event) => event.envelope) }),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`ingest answered ${response.status} for ${enterprise.name}: ${body}`);
  const outcome = JSON.parse(body) as { results: { status: string; id: string | null; message?: string }[] };
  const refused = outcome.results.filter((result) => result.status !== 'accepted' && result.status !== 'duplicate');
  if (refused.length > 0) throw new Error(`ingest refused events of ${enterprise.name}: ${JSON.stringify(refused)}`);
}

/** Returns how many events were accepted. */
export async function backfill(target: BackfillTarget, enterprises: readonly DemoEnterpriseKey[], today: string, log: (line: string) => void): Promise<number> {
  let posted = 0;
  for (const round of roundsOf(enterprises, today)) {
    await Promise.all(round.batches.map(({ enterprise, events }) => postBatch(target.ingestUrl, enterprise, events)));
    posted += round.batches.reduce((n, batch) => n + batch.events.length, 0);
    let waiting = round.batches.map(({ enterprise }) => enterprise.enterpriseId);
    await waitFor(
      `the risk engine to score ${round.day}`,
      async () => {
        const days = await Promise.all(waiting.map((enterpriseId) => target.riskAsOf(enterpriseId)));
        waiting = waiting.filter((_, i) => days[i] === undefined || days[i].slice(0, 10) < round.day);
        return waiting.length === 0;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    log(`demo feed: ${round.day}: ${round.batches.length} enterprises reported, scored`);
  }
  return posted;
}
