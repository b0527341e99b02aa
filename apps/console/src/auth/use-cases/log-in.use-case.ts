import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { SESSION_TTL_SECONDS, type StaffClaims, type StaffRole } from '@concord/auth';
import { DomainError, currentCorrelationId } from '@concord/platform';
import { DataSource } from 'typeorm';
import { AuditLog, type NewAuditEntry } from '../../audit/audit-log';
import { Person } from '../../people/person.entity';
import { StaffAccount } from '../../people/staff-account.entity';
import type { LogInDto } from '../http/log-in.dto';
import { LoginDigests } from '../login-digests';
import { LoginThrottle } from '../login-throttle';
import { PasswordHasher } from '../password-hasher';

export interface Session {
  token: string;
  /** seconds */
  expiresIn: number;
  person: { id: string; name: string; roles: StaffRole[] };
}

/** One answer for every failure, so the endpoint does not reveal which emails have accounts. */
const BAD_CREDENTIALS = 'Email or password is incorrect';
const LOGIN_PATH = '/v1/auth/login';

@Injectable()
export class LogInUseCase {
  private readonly log = new Logger(LogInUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
    private readonly digests: LoginDigests,
    private readonly auditLog: AuditLog,
  ) {}

  async execute(input: LogInDto, clientAddress: string): Promise<Session> {
    const emailKey = this.digests.email(input.email);
    const addressKey = this.digests.address(clientAddress);
    try {
      await this.throttle.assertMayTry(emailKey, addressKey);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'rate_limited') await this.audit({ action: 'login_failed', emailDigest: emailKey, status: 429 });
      throw error;
    }
    const account = await this.dataSource.getRepository(StaffAccount).findOneBy({ email: input.email });
    const passwordMatches = account ? await this.hasher.verify(account.passwordHash, input.password) : await this.hasher.verifyNothing(input.password);
    if (!account || !passwordMatches || account.disabled) {
      this.log.warn({ accountExists: Boolean(account), disabled: account?.disabled ?? false }, 'login refused');
      await this.throttle.recordFailure(emailKey, addressKey);
      await this.audit({ action: 'login_failed', emailDigest: emailKey, status: 401 });
      throw new DomainError('unauthenticated', BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(emailKey);
    const person = await this.dataSource.getRepository(Person).findOneByOrFail({ id: account.personId });
    const claims: StaffClaims = { sub: person.id, roles: account.roles, regionId: account.regionId, enterpriseId: account.enterpriseId };
    const token = await this.jwt.signAsync(claims);
    this.log.log({ personId: person.id, roles: account.roles }, 'staff logged in');
    await this.audit({ action: 'login', personId: person.id, roles: account.roles, status: 200 });
    return { token, expiresIn: SESSION_TTL_SECONDS, person: { id: person.id, name: person.name, roles: account.roles } };
  }

  private audit(entry: Pick<NewAuditEntry, 'action' | 'status'> & Partial<NewAuditEntry>): Promise<void> {
    return this.auditLog.record({
      personId: null,
      roles: [],
      method: 'POST',
      path: LOGIN_PATH,
      targetIds: [],
      correlationId: currentCorrelationId() ?? null,
      ...entry,
    });
  }
}
