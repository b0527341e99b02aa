import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { type EnterpriseDetails, EnterpriseDetailsReader } from '../enterprise-details.reader';

@Injectable()
export class GetEnterpriseUseCase {
  constructor(private readonly reader: EnterpriseDetailsReader) {}

  async execute(enterpriseId: string): Promise<EnterpriseDetails> {
    const details = await this.reader.details(enterpriseId);
    if (!details) throw new DomainError('not_found', `Unknown enterprise: ${enterpriseId}`);
    return details;
  }
}
