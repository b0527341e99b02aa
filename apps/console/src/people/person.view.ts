import type { StaffRole } from '@concord/auth';
import type { PersonLanguage } from './person-language';
import type { Person } from './person.entity';
import type { StaffAccount } from './staff-account.entity';

/** A person as the API shows it; an account appears without its password hash. */
export interface PersonView {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  language: PersonLanguage;
  createdAt: Date;
  account: { roles: StaffRole[]; regionId: string | null; enterpriseId: string | null; disabled: boolean } | null;
}

export function toPersonView(person: Person, account: StaffAccount | null): PersonView {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    phone: person.phone,
    language: person.language,
    createdAt: person.createdAt,
    account: account && { roles: account.roles, regionId: account.regionId, enterpriseId: account.enterpriseId, disabled: account.disabled },
  };
}
