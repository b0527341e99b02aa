import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RegionTier } from './region-tier';

@Entity({ name: 'regions' })
export class Region {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  tier!: RegionTier;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  /** Repeats the parent's tier so a composite foreign key can enforce the nesting. */
  @Column({ type: 'text', nullable: true })
  parentTier!: RegionTier | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
