import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An enterprise's credential for the ingest API; only its SHA-256 digest is kept. */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'text' })
  keyHash!: string;

  /** The first characters of the key, enough for a person to recognise it. */
  @Column({ type: 'text' })
  keyPrefix!: string;

  @Column({ type: 'text', default: '' })
  label!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Set by a rotation: the key stays valid until then, so the HR system can switch over. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

}
