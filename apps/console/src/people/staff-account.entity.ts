import type { StaffRole } from '@concord/auth';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person who may log in to the console. */
@Entity({ name: 'staff_accounts' })
export class StaffAccount {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  /** Lowercased login name; unique. */
  @Column({ type: 'text' })
  email!: string;

  /** argon2id, salt and parameters included. */
  @Column({ type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text', array: true })
  roles!: StaffRole[];

  /** Root of the region subtree the account may see; null for unscoped administrators. */
  @Column({ type: 'uuid', nullable: true })
  regionId!: string | null;

  /** Set for committee members: the one enterprise they may see. */
  @Column({ type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
