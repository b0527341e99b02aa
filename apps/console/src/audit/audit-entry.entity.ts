import type { StaffRole } from '@concord/auth';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_ACTIONS = ['request', 'login', 'login_failed'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One staff change or login attempt; append-only (migration 1798100000000). */
@Entity({ name: 'staff_audit_log' })
export class AuditEntry {
  /** bigint arrives as a string from pg, which keeps ids beyond 2^53 exact. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: StaffRole[];

  /** HMAC of the email a failed login named; never the email itself. */
  @Column({ type: 'text', nullable: true })
  emailDigest!: string | null;

  @Column({ type: 'text' })
  method!: string;

  /** As requested, with secret-bearing query parameters removed. */
  @Column({ type: 'text' })
  path!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  targetIds!: string[];

  /** What the caller was answered; null when the connection closed before any answer. */
  @Column({ type: 'integer', nullable: true })
  status!: number | null;

  @Column({ type: 'text', nullable: true })
  correlationId!: string | null;
}
