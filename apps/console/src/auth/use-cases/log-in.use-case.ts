import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SESSION_TTL_SECONDS, type StaffClaims, type StaffRole } from '@concord/auth';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { Person } from '../../people/person.entity';
import { StaffAccount } from '../../people/staff-account.entity';
import type { LogInDto } from '../http/log-in.dto';
import { PasswordHasher } from '../password-hasher';

export interface Session {
  token: string;
  /** seconds */
  expiresIn: number;
  person: { id: string; name: string; roles: StaffRole[] };
}

/** One answer for every failure, so the endpoint does not reveal which emails have accounts. */
const BAD_CREDENTIALS = 'Email or password is incorrect';

@Injectable()
export class LogInUseCase {
  private readonly log = new Logger(LogInUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  async execute(input: LogInDto): Promise<Session> {
    const account = await this.dataSource.getRepository(StaffAccount).findOneBy({ email: input.email });
    const passwordMatches = account ? await this.hasher.verify(account.passwordHash, input.password) : await this.hasher.verifyNothing(input.password);
    if (!account || !passwordMatches || account.disabled) {
      this.log.warn({ accountExists: Boolean(account), disabled: account?.disabled ?? false }, 'login refused');
      throw new DomainError('unauthenticated', BAD_CREDENTIALS);
    }
    const person = await this.dataSource.getRepository(Person).findOneByOrFail({ id: account.personId });
    const claims: StaffClaims = { sub: person.id, roles: account.roles, regionId: account.regionId, enterpriseId: account.enterpriseId };
    const token = await this.jwt.signAsync(claims);
    this.log.log({ personId: person.id, roles: account.roles }, 'staff logged in');
    return { token, expiresIn: SESSION_TTL_SECONDS, person: { id: person.id, name: person.name, roles: account.roles } };
  }
}
