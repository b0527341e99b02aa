import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The capacity ledger: open cases per mediator. Assignments lock these rows, so two concurrent
 * assignments cannot both take a mediator's last free slot.
 */
@Entity({ name: 'mediator_load' })
export class MediatorLoad {
  @PrimaryColumn({ type: 'uuid' })
  mediatorId!: string;

  @Column({ type: 'int' })
  openCases!: number;
}
