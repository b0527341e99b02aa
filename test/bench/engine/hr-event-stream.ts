import { randomUUID } from 'node:crypto';
import { HR_EVENT_EXAMPLES, type HrEventType, parseTopicEvent } from '@concord/contracts';
import { type EnterpriseProfile, type RecordedEvent, SECTORS, recordedEvent } from '@concord/risk-rules';

const HR_TYPES = Object.keys(HR_EVENT_EXAMPLES) as HrEventType[];
const DAY_MS = 86_400_000;

/** A CloudEvent as a producer sends it: the Kafka key (its enterprise) and the JSON value. */
export interface ProducedEvent {
  subject: string;
  value: string;
}

/** mulberry32: a seeded generator, so every run benchmarks the same mix and spread. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function freshIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID());
}

export interface StreamSpec {
  events: number;
  enterpriseIds: readonly string[];
  /** First business day of the stream; business times advance evenly from it over `months`. */
  from: Date;
  months: number;
  seed: number;
}

/**
 * `events` realistic mixed HR events (the contract examples of every type, in even proportion, with
 * fresh ids) as one live stream: business times in order over the months, enterprises interleaved
 * at random, every enterprise at least once (so "every enterprise scored" is a reachable condition).
 */
export function hrEventStream({ events, enterpriseIds, from, months, seed }: StreamSpec): ProducedEvent[] {
  if (events < enterpriseIds.length) throw new Error(`need at least one event per enterprise: ${events} events for ${enterpriseIds.length} enterprises`);
  const random = seededRandom(seed);
  const owners = Array.from({ length: events }, (_, i) => (i < enterpriseIds.length ? i : Math.floor(random() * enterpriseIds.length)));
  for (let i = owners.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [owners[i], owners[j]] = [owners[j], owners[i]];
  }
  const spanMs = months * 30 * DAY_MS;
  return owners.map((owner, i) => {
    const type = HR_TYPES[Math.floor(random() * HR_TYPES.length)];
    const subject = enterpriseIds[owner];
    const time = new Date(from.getTime() + Math.floor((i / events) * spanMs)).toISOString();
    const event = { specversion: '1.0', id: randomUUID(), source: 'bench/hr-system', type, subject, time, data: HR_EVENT_EXAMPLES[type] };
    return { subject, value: JSON.stringify(event) };
  });
}

/** A produced event as the rules read it after the engine's consumer validated it against its contract. */
export function toRecordedEvent(event: ProducedEvent): RecordedEvent {
  const parsed = parseTopicEvent('hr.events', JSON.parse(event.value));
  if (!parsed.ok) throw new Error(`synthetic event violates its contract: ${parsed.violations.map((v) => `${v.path}: ${v.message}`).join('; ')}`);
  // Every hr.events contract is an HR event type, so the envelope fits recordedEvent's input.
  return recordedEvent(parsed.event as Parameters<typeof recordedEvent>[0]);
}

/** A directory profile of the kind the engine reads (Chinese enterprise, a sector, a headcount). */
export function benchProfile(enterpriseId: string, index: number): EnterpriseProfile {
  return { enterpriseId, sector: SECTORS[index % SECTORS.length], jurisdiction: 'CN', province: null, groupId: null, registeredHeadcount: 30 + ((index * 37) % 1_970) };
}
