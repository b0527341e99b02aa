import { setTimeout as delay } from 'node:timers/promises';
import { wagePaymentEvent } from '@concord/testing';
import type { ChaosEnterprise } from './chaos-directory';

/** What became of one event the load sent. */
export interface SentEvent {
  id: string;
  enterpriseId: string;
  /** The fault phase the event was first sent in. */
  phase: string;
  sentAt: Date;
  /** 202 (accepted) or 200 (a retry of an attempt whose answer was lost: accepted then). */
  accepted: boolean;
  /** A 4xx other than 429: the API refused the event itself (a defect of the suite or of the API). */
  refusedWith?: number;
  attempts: number;
}

/**
 * The wage runs an enterprise reports, worse each time and then staying at the worst: paid, a few
 * late, a dozen a month late, many two months late. Each phase brings new enterprises into the
 * load, so alerts open and rise (and cases open) while every fault hits, not only at the start.
 */
const SEVERITIES = [
  { workersUnpaid: 0, daysLate: 0 },
  { workersUnpaid: 4, daysLate: 12 },
  { workersUnpaid: 12, daysLate: 35 },
  { workersUnpaid: 30, daysLate: 65 },
];

/** How long a client keeps retrying one event: longer than any outage the suite causes. */
const GIVE_UP_AFTER_MS = 120_000;

/**
 * Wage-run events sent through the public ingest API at a steady rate, as enterprise HR systems
 * would: each event is retried with the same id and body until the API answers 202 (or 200
 * "duplicate": an earlier attempt got in and its answer was lost), through any outage.
 */
export class EventLoad {
  readonly sent: SentEvent[] = [];
  private phase = 'not started';
  private active: ChaosEnterprise[] = [];
  private readonly reported = new Map<string, number>();
  private running = false;
  private loop?: Promise<void>;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly ingestUrl: string,
    private readonly enterprises: ChaosEnterprise[],
    private readonly eventsPerSecond: number,
  ) {}

  /** Names the phase the next events belong to, and brings `newEnterprises` more enterprises into the load. */
  enterPhase(name: string, newEnterprises: number): void {
    this.phase = name;
    this.active = this.enterprises.slice(0, this.active.length + newEnterprises);
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Stops sending new events and waits until every event sent so far has an answer. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.all(this.inFlight);
  }

  private async run(): Promise<void> {
    const interval = 1_000 / this.eventsPerSecond;
    let next = Date.now();
    for (let n = 0; this.running; n++) {
      next += interval;
      if (this.active.length === 0) {
        await delay(interval);
        continue;
      }
      const enterprise = this.active[n % this.active.length];
      const reports = this.reported.get(enterprise.id) ?? 0;
      this.reported.set(enterprise.id, reports + 1);
      const sending = this.send(enterprise, SEVERITIES[Math.min(reports, SEVERITIES.length - 1)]).finally(() => this.inFlight.delete(sending));
      this.inFlight.add(sending);
      await delay(Math.max(0, next - Date.now()));
    }
  }

  private async send(enterprise: ChaosEnterprise, severity: (typeof SEVERITIES)[number]): Promise<void> {
    const event = wagePaymentEvent({ enterpriseId: enterprise.id, headcount: 100, ...severity });
    const record: SentEvent = { id: event.id, enterpriseId: enterprise.id, phase: this.phase, sentAt: new Date(), accepted: false, attempts: 0 };
    this.sent.push(record);
    const body = JSON.stringify(event);
    const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
    while (Date.now() < giveUpAt) {
      record.attempts += 1;
      const status = await fetch(`${this.ingestUrl}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${enterprise.apiKey}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(10_000),
      }).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0,
      );
      if (status === 202 || status === 200) {
        record.accepted = true;
        return;
      }
      if (status >= 400 && status < 500 && status !== 429) {
        record.refusedWith = status;
        return;
      }
      await delay(250);
    }
  }
}
