import { Agent, request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { MonthlyReport } from './county-story';

export interface LoadSpec {
  ingestUrl: string;
  /** Events per second offered, or undefined for as fast as the clients go. */
  rate: number | undefined;
  seconds: number;
  /** HTTP clients posting at once, each one request at a time. */
  clients: number;
  /** Most events accepted but not yet scored before the clients wait. */
  maxAhead: number;
  /** Events of this load the risk engine has scored, as last measured. */
  scored: () => number;
  nextReport: () => MonthlyReport;
}

export interface LoadResult {
  /** When each accepted event's batch was answered (Date.now()), by event id. */
  acceptedAt: Map<string, number>;
  startedAt: number;
  endedAt: number;
  /** Per request, from sending to the answer, ms. */
  requestMs: number[];
  /** Answers 429 or 503 whose Retry-After the client honoured before sending again. */
  retries: number;
  /** Time clients spent waiting because the engine was maxAhead events behind, summed over clients, ms. */
  heldBackMs: number;
}

interface Answer {
  status: number;
  retryAfterS: number;
  body: string;
}

/** node:http with keep-alive: a light client, so the load generator takes little CPU from the services on 2 cores. */
function post(agent: Agent, url: URL, key: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfterS: Number(res.headers['retry-after'] ?? 1), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Posts monthly reports to `POST /v1/events/batch` as the enterprises' HR systems would: one batch
 * per enterprise and month, each with the enterprise's own key, `clients` at a time, paced to
 * `rate` events per second (or unpaced) for `seconds`. A 429 or 503 is retried with the same ids
 * after its Retry-After, as the API asks. The dev broker keeps only ~34,000 events per topic and
 * drops older ones silently, so the clients also wait while the engine is more than `maxAhead`
 * events behind: nothing accepted is ever lost to the test rig, and the time held back is reported.
 */
export async function driveLoad(spec: LoadSpec): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.clients });
  const endpoint = new URL('/v1/events/batch', spec.ingestUrl);
  const result: LoadResult = { acceptedAt: new Map(), startedAt: Date.now(), endedAt: 0, requestMs: [], retries: 0, heldBackMs: 0 };
  const deadline = result.startedAt + spec.seconds * 1_000;
  let offered = 0;

  const send = async (report: MonthlyReport): Promise<void> => {
    const body = JSON.stringify({ events: report.events });
    for (;;) {
      const sent = Date.now();
      const answer = await post(agent, endpoint, report.enterprise.key, body);
      if (answer.status === 429 || answer.status === 503) {
        result.retries++;
        await delay(answer.retryAfterS * 1_000);
        continue;
      }
      const at = Date.now();
      result.requestMs.push(at - sent);
      const outcome = JSON.parse(answer.body) as { accepted?: number; results?: { id: string; status: string }[] };
      if (answer.status !== 200 || outcome.accepted !== report.events.length) throw new Error(`batch not fully accepted: HTTP ${answer.status} ${answer.body.slice(0, 300)}`);
      for (const { id } of outcome.results ?? []) result.acceptedAt.set(id, at);
      return;
    }
  };

  const client = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const heldFrom = Date.now();
      while (result.acceptedAt.size - spec.scored() > spec.maxAhead && Date.now() < deadline) await delay(50);
      result.heldBackMs += Date.now() - heldFrom;
      const report = spec.nextReport();
      if (spec.rate !== undefined) {
        // Due when the events offered before it have had their time at the rate.
        const due = result.startedAt + (offered / spec.rate) * 1_000;
        offered += report.events.length;
        if (due > Date.now()) await delay(due - Date.now());
      }
      if (Date.now() >= deadline) return;
      await send(report);
    }
  };

  try {
    await Promise.all(Array.from({ length: spec.clients }, client));
  } finally {
    agent.destroy();
  }
  result.endedAt = Date.now();
  return result;
}
