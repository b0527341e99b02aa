import type { EventOf, HR_EVENT_CONTRACTS, HrEventType, TOPIC_CONTRACTS } from '@concord/contracts';
import { isoDayOfTimestamp } from '../calendar-day.util';

type RiskEventContract = (typeof HR_EVENT_CONTRACTS)[number] | (typeof TOPIC_CONTRACTS)['case.events'][number];

/** Case events (case.events) the risk engine records beside HR events: mediation outcomes feed back into risk. */
export type CaseEventType = (typeof TOPIC_CONTRACTS)['case.events'][number]['type'];

/** Every event type an enterprise's history holds: HR events and case events. */
export type RiskEventType = HrEventType | CaseEventType;

type ContractOf<T extends RiskEventType> = Extract<RiskEventContract, { type: T }>;

/** The typed payload of an HR (or case) event type, exactly as its contract defines it. */
export type HrEventData<T extends RiskEventType> = EventOf<ContractOf<T>>['data'];

/**
 * One recorded event as the rules see it: its id, type, business day and payload. Distributes
 * over a union of types, so `RecordedEvent` is the union of every type's event. Case events are
 * recorded the same way (business day = the envelope's `time`: when the case was opened or moved).
 */
export type RecordedEvent<T extends RiskEventType = RiskEventType> = T extends RiskEventType
  ? {
      id: string;
      type: T;
      /** Business day of the event's `time` ('YYYY-MM-DD', UTC day of the instant). */
      day: string;
      data: HrEventData<T>;
    }
  : never;

/** Builds a RecordedEvent from a validated CloudEvent envelope. */
export function recordedEvent<T extends RiskEventType>(event: { id: string; type: T; time: string; data: HrEventData<T> }): RecordedEvent<T> {
  return { id: event.id, type: event.type, day: isoDayOfTimestamp(event.time), data: event.data } as RecordedEvent<T>;
}

/**
 * The history the rules read for one enterprise: redeliveries collapsed, superseded events
 * removed (a correction replaces the event it names as a whole), each type in one canonical
 * order (business day, then id). Built the same whatever order the events arrived in, which is
 * what makes scores order-independent.
 */
export class EnterpriseHistory {
  private readonly byType = new Map<RiskEventType, RecordedEvent[]>();
  readonly events: readonly RecordedEvent[];

  /**
   * @param recorded every distinct event it was built from, superseded ones included: a later
   *   correction chain can only be applied against all of them
   */
  private constructor(
    events: RecordedEvent[],
    private readonly recorded: readonly RecordedEvent[] = events,
  ) {
    this.events = events;
    for (const event of events) {
      const list = this.byType.get(event.type) ?? [];
      list.push(event);
      this.byType.set(event.type, list);
    }
  }

  static of(events: readonly RecordedEvent[]): EnterpriseHistory {
    const unique = new Map<string, RecordedEvent>();
    // Two deliveries of one id are the same event (ingest refuses a different body under an id).
    for (const event of events) if (!unique.has(event.id)) unique.set(event.id, event);
    const superseded = new Set<string>();
    for (const event of unique.values()) {
      const target = (event.data as { supersedes?: string }).supersedes;
      if (target) superseded.add(target);
    }
    const current = [...unique.values()].filter((event) => !superseded.has(event.id));
    current.sort((a, b) => compare(a.day, b.day) || compare(a.id, b.id));
    return new EnterpriseHistory(current, superseded.size === 0 ? current : [...unique.values()]);
  }

  /** This history with more events recorded: the same as building it from all of them at once. */
  withEvents(more: readonly RecordedEvent[]): EnterpriseHistory {
    return more.length === 0 ? this : EnterpriseHistory.of([...this.recorded, ...more]);
  }

  /**
   * The first business day on which `other` stood differently from this history, or undefined
   * when they are the same: every `until(day)` before it is unchanged.
   */
  firstDifferenceDay(other: EnterpriseHistory): string | undefined {
    const [a, b] = [this.events, other.events];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]?.id === b[i]?.id) continue;
      if (a[i] === undefined || b[i] === undefined) return (a[i] ?? b[i]).day;
      return a[i].day < b[i].day ? a[i].day : b[i].day;
    }
    return undefined;
  }

  /** Events of one type, oldest business day first. */
  of<T extends RiskEventType>(type: T): readonly RecordedEvent<T>[] {
    // Grouped by type on construction, so every event in the list has this type.
    return (this.byType.get(type) ?? []) as unknown as RecordedEvent<T>[];
  }

  /** The history as it stood at the end of `day`: events of later business days removed. */
  until(day: string): EnterpriseHistory {
    return new EnterpriseHistory(this.events.filter((event) => event.day <= day));
  }

  /** The latest business day of any event; undefined for an empty history. */
  lastDay(): string | undefined {
    return this.events.at(-1)?.day;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
