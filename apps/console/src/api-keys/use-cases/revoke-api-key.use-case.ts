import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource, IsNull } from 'typeorm';
import { ApiKey } from '../api-key.entity';

/**
 * Revokes a key; revoking it again changes nothing (the first revocation time stays). The ingest
 * API caches verifications briefly, so a revoked key stops working within seconds.
 */
@Injectable()
export class RevokeApiKeyUseCase {
  private readonly log = new Logger(RevokeApiKeyUseCase.name);

  constructor(private readonly dataSource: DataSource) {}

  async execute(keyId: string, revokedBy: string): Promise<void> {
    const keys = this.dataSource.getRepository(ApiKey);
    const key = await keys.findOneBy({ id: keyId });
    if (!key) throw new DomainError('not_found', `Unknown API key: ${keyId}`);
    const result = await keys.update({ id: keyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    if (result.affected) this.log.log({ keyId, enterpriseId: key.enterpriseId, revokedBy }, 'API key revoked');
  }
}
