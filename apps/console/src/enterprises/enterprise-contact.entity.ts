import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { EnterpriseContactRole } from './enterprise-contact-role';

@Entity({ name: 'enterprise_contacts' })
export class EnterpriseContact {
  @PrimaryColumn({ type: 'uuid' })
  enterpriseId!: string;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: EnterpriseContactRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
