import { DataSource } from 'typeorm';
import type { PasswordHasher } from '../../auth/password-hasher';
import { Person } from '../../people/person.entity';
import { StaffAccount } from '../../people/staff-account.entity';

export type BootstrapOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Makes sure the administrator named by ADMIN_EMAIL can log in with ADMIN_PASSWORD: creates the
 * person and account, or re-enables the account, adds the admin role and resets the password.
 */
export class BootstrapAdminUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(email: string, password: string): Promise<BootstrapOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const person = (await manager.findOneBy(Person, { email })) ?? (await manager.save(manager.create(Person, { name: 'Administrator', email, phone: null, language: 'zh-CN' })));
      const account = await manager.findOneBy(StaffAccount, { personId: person.id });
      if (!account) {
        await manager.insert(StaffAccount, {
          personId: person.id,
          email,
          passwordHash: await this.hasher.hash(password),
          roles: ['admin'],
          regionId: null,
          enterpriseId: null,
          disabled: false,
        });
        return 'created';
      }
      const passwordMatches = await this.hasher.verify(account.passwordHash, password);
      if (passwordMatches && account.roles.includes('admin') && !account.disabled) return 'unchanged';
      await manager.update(
        StaffAccount,
        { personId: person.id },
        {
          passwordHash: passwordMatches ? account.passwordHash : await this.hasher.hash(password),
          roles: account.roles.includes('admin') ? account.roles : [...account.roles, 'admin'],
          disabled: false,
        },
      );
      return 'updated';
    });
  }
}
