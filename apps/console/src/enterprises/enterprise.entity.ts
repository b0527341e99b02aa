import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An enterprise; it sits in a community-tier region (the database defaults and checks region_tier). */
@Entity({ name: 'enterprises' })
export class Enterprise {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The unified social credit code; unique. */
  @Column({ type: 'text' })
  registeredCode!: string;

  @Column({ type: 'uuid' })
  regionId!: string;

  @Column({ type: 'text' })
  industry!: string;

  @Column({ type: 'integer' })
  headcount!: number;

  /** Establishments of one group share it (risk propagates between siblings). */
  @Column({ type: 'uuid', nullable: true })
  groupId!: string | null;

  /** The federation staff member who is this enterprise's one-to-one liaison. */
  @Column({ type: 'uuid' })
  liaisonPersonId!: string;

  @Column({ type: 'text', default: 'CN' })
  jurisdiction!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
