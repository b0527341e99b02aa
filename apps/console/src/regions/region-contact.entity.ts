import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { RegionContactRole } from './region-contact-role';

@Entity({ name: 'region_contacts' })
export class RegionContact {
  @PrimaryColumn({ type: 'uuid' })
  regionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: RegionContactRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
