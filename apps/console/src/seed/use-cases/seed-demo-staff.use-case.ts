import { DataSource, IsNull } from 'typeorm';
import type { PasswordHasher } from '../../auth/password-hasher';
import { Enterprise } from '../../enterprises/enterprise.entity';
import { StaffAccount } from '../../people/staff-account.entity';
import { Region } from '../../regions/region.entity';
import { DEMO_COUNTY, DEMO_STAFF_ACCOUNTS, DEMO_STAFF_PASSWORD, type DemoStaffAccount, demoEmail } from '../demo-directory.data';
import { ensurePerson } from '../directory-upserts';

export interface DemoLogin {
  email: string;
  name: string;
  roles: string[];
  /** The region or enterprise the account is scoped to, by name; null when unscoped. */
  scope: string | null;
}

/**
 * Gives the demo's staff (seeded by SeedDemoDirectoryUseCase) accounts with the demo password,
 * scoped to their county, street or enterprise. Converges on re-run: roles, scope and password
 * are reset to the demo's.
 */
export class SeedDemoStaffUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async execute(): Promise<DemoLogin[]> {
    // One argon2 hash for the one shared demo password: a dozen accounts without a dozen seconds.
    const passwordHash = await this.hasher.hash(DEMO_STAFF_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      const county = await manager.findOneByOrFail(Region, { name: DEMO_COUNTY, parentId: IsNull() });
      const regionOf = async (account: DemoStaffAccount): Promise<Region | null> => {
        if (account.region === null) return null;
        if (account.region === 'county') return county;
        return manager.findOneByOrFail(Region, { name: account.region, parentId: county.id });
      };
      const logins: DemoLogin[] = [];
      for (const account of DEMO_STAFF_ACCOUNTS) {
        const email = demoEmail(account.person.key);
        const person = await ensurePerson(manager, email, account.person.name);
        const region = await regionOf(account);
        const enterprise = account.enterpriseCode ? await manager.findOneByOrFail(Enterprise, { registeredCode: account.enterpriseCode }) : null;
        await manager.upsert(
          StaffAccount,
          { personId: person.id, email, passwordHash, roles: account.roles, regionId: region?.id ?? null, enterpriseId: enterprise?.id ?? null, disabled: false },
          ['personId'],
        );
        logins.push({ email, name: account.person.name, roles: account.roles, scope: enterprise?.name ?? region?.name ?? null });
      }
      return logins;
    });
  }
}
