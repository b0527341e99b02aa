import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../auth/password-hasher';
import { Enterprise } from '../../enterprises/enterprise.entity';
import { Region } from '../../regions/region.entity';
import { violatedUniqueConstraint } from '@concord/database';
import { requireExisting } from '../../shared/require-existing';
import type { CreatePersonDto } from '../http/create-person.dto';
import { Person } from '../person.entity';
import { type PersonView, toPersonView } from '../person.view';
import { StaffAccount } from '../staff-account.entity';

/** Adds a person to the directory and, when asked, a console account for them, together. */
@Injectable()
export class CreatePersonUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(input: CreatePersonDto): Promise<PersonView> {
    const { account } = input;
    if (account?.regionId) await requireExisting(this.dataSource.manager, Region, 'region', [['account.regionId', account.regionId]]);
    if (account?.enterpriseId) await requireExisting(this.dataSource.manager, Enterprise, 'enterprise', [['account.enterpriseId', account.enterpriseId]]);
    // Hashing takes a while; keep it outside the transaction.
    const passwordHash = account ? await this.hasher.hash(account.password) : null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const person = await manager.save(
          manager.create(Person, { name: input.name, email: input.email, phone: input.phone, language: input.language }),
        );
        if (!account || passwordHash === null || person.email === null) return toPersonView(person, null);
        const staffAccount = await manager.save(
          manager.create(StaffAccount, {
            personId: person.id,
            email: person.email,
            passwordHash,
            roles: account.roles,
            regionId: account.regionId,
            enterpriseId: account.enterpriseId,
            disabled: false,
          }),
        );
        return toPersonView(person, staffAccount);
      });
    } catch (error) {
      const constraint = violatedUniqueConstraint(error);
      if (constraint === 'people_email_key' || constraint === 'staff_accounts_email_key') {
        throw new DomainError('conflict', `Someone with the email ${input.email} is already in the directory`);
      }
      throw error;
    }
  }
}
