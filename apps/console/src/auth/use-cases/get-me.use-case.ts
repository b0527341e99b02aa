import { Injectable } from '@nestjs/common';
import type { StaffClaims } from '@concord/auth';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { Person } from '../../people/person.entity';
import { StaffAccount } from '../../people/staff-account.entity';
import type { PersonLanguage } from '../../people/person-language';

export interface Me extends StaffClaims {
  /** The person's language, which the web app starts in. */
  language: PersonLanguage;
  person: { id: string; name: string; email: string | null; language: PersonLanguage };
}

/** The session's claims and the person behind them; a deleted or disabled account ends the session. */
@Injectable()
export class GetMeUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(staff: StaffClaims): Promise<Me> {
    const account = await this.dataSource.getRepository(StaffAccount).findOneBy({ personId: staff.sub });
    const person = await this.dataSource.getRepository(Person).findOneBy({ id: staff.sub });
    if (!account || account.disabled || !person) throw new DomainError('unauthenticated', 'This account no longer exists or is disabled; log in again');
    return { ...staff, language: person.language, person: { id: person.id, name: person.name, email: person.email, language: person.language } };
  }
}
