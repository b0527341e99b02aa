import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every accepted event of an enterprise's history — HR events (hr.events) and case events
 * (case.events) — stored once (the inbox guarantees it) as received, for replays and audits.
 */
@Entity({ name: 'events' })
export class HrEvent {
  @PrimaryColumn({ type: 'text' })
  eventId!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'text' })
  type!: string;

  /** When it happened (the CloudEvent `time`), not when it was reported. */
  @Column({ type: 'timestamptz' })
  businessTime!: Date;

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;

  /** The whole CloudEvent envelope. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;
}
