import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Enterprise } from '../../enterprises/enterprise.entity';
import { requireExisting } from '../../shared/require-existing';
import { generateApiKey } from '../api-key-secret';
import { ApiKey } from '../api-key.entity';

export interface IssuedApiKey {
  keyId: string;
  /** Shown this once; only its digest is kept. */
  key: string;
  prefix: string;
}

/** Issues an ingest API key for an enterprise's HR system. */
@Injectable()
export class IssueApiKeyUseCase {
  private readonly log = new Logger(IssueApiKeyUseCase.name);

  constructor(private readonly dataSource: DataSource) {}

  async execute(enterpriseId: string, label: string, issuedBy: string | null): Promise<IssuedApiKey> {
    await requireExisting(this.dataSource.manager, Enterprise, 'enterprise', [['id', enterpriseId]]);
    const secret = generateApiKey();
    const keys = this.dataSource.getRepository(ApiKey);
    const stored = await keys.save(keys.create({ enterpriseId, keyHash: secret.hash, keyPrefix: secret.prefix, label, createdBy: issuedBy }));
    this.log.log({ keyId: stored.id, enterpriseId, prefix: secret.prefix, issuedBy }, 'API key issued');
    return { keyId: stored.id, key: secret.key, prefix: secret.prefix };
  }
}
