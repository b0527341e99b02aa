import { Injectable } from '@nestjs/common';
import { type StaffClaims, enterpriseScopeOf, scopeAllows } from '@concord/auth';
import { DomainError } from '@concord/platform';
import { type EnterpriseDetails, EnterpriseDetailsReader } from '../enterprise-details.reader';

/** One enterprise with its contacts; one outside the caller's scope is refused (403), as in every service. */
@Injectable()
export class GetEnterpriseUseCase {
  constructor(private readonly reader: EnterpriseDetailsReader) {}

  async execute(enterpriseId: string, staff: StaffClaims): Promise<EnterpriseDetails> {
    const details = await this.reader.details(enterpriseId);
    if (!details) throw new DomainError('not_found', `Unknown enterprise: ${enterpriseId}`);
    if (!scopeAllows(enterpriseScopeOf(staff), details.profile)) throw new DomainError('forbidden', 'This enterprise is outside your scope');
    return details;
  }
}
