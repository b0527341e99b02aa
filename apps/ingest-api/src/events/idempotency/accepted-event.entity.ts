import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event id Kafka has acknowledged, with the digest of the body it was accepted with. */
@Entity({ name: 'accepted_events' })
export class AcceptedEvent {
  @PrimaryColumn('text')
  eventId!: string;

  @Column('uuid')
  enterpriseId!: string;

  @Column('text')
  bodySha256!: string;

  @Column('timestamptz')
  acceptedAt!: Date;
}
