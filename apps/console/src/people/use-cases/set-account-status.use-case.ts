import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { Person } from '../person.entity';
import { type PersonView, toPersonView } from '../person.view';
import { StaffAccount } from '../staff-account.entity';

/**
 * Disables (or re-enables) a person's console account. A disabled account cannot log in, and every
 * service's staff guard refuses its live sessions within seconds (directory.staff_account_status_v1).
 * Administrators cannot disable themselves, so the last one cannot lock everyone out by mistake.
 */
@Injectable()
export class SetAccountStatusUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(personId: string, disabled: boolean, actorId: string): Promise<PersonView> {
    if (disabled && personId === actorId) throw new DomainError('conflict', 'You cannot disable your own account; ask another administrator');
    return this.dataSource.transaction(async (manager) => {
      const person = await manager.findOneBy(Person, { id: personId });
      const account = await manager.findOneBy(StaffAccount, { personId });
      if (!person || !account) throw new DomainError('not_found', `No console account for person ${personId}`);
      account.disabled = disabled;
      return toPersonView(person, await manager.save(account));
    });
  }
}
