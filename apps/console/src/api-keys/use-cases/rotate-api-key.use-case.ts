import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { ApiKey } from '../api-key.entity';
import { isKeyActive } from '../api-key.view';
import { type IssuedApiKey, issueKey } from '../issue-key';

export interface RotatedApiKey extends IssuedApiKey {
  previous: { keyId: string; validUntil: Date };
}

/**
 * Replaces a key with a new one for the same enterprise. The old key keeps working for the grace
 * period so the HR system can switch without losing events; a zero grace period revokes it now.
 */
@Injectable()
export class RotateApiKeyUseCase {
  private readonly log = new Logger(RotateApiKeyUseCase.name);

  constructor(private readonly dataSource: DataSource) {}

  async execute(keyId: string, graceHours: number, rotatedBy: string): Promise<RotatedApiKey> {
    return this.dataSource.transaction(async (manager) => {
      const old = await manager.getRepository(ApiKey).findOne({ where: { id: keyId }, lock: { mode: 'pessimistic_write' } });
      if (!old) throw new DomainError('not_found', `Unknown API key: ${keyId}`);
      const now = new Date();
      if (!isKeyActive(old, now)) throw new DomainError('conflict', `API key ${keyId} is no longer active; issue a new key instead`);
      const validUntil = new Date(now.getTime() + graceHours * 3_600_000);
      await manager.update(ApiKey, { id: keyId }, graceHours === 0 ? { revokedAt: now, expiresAt: now } : { expiresAt: validUntil });
      const issued = await issueKey(manager, old.enterpriseId, old.label, rotatedBy);
      this.log.log({ keyId, newKeyId: issued.keyId, enterpriseId: old.enterpriseId, validUntil, rotatedBy }, 'API key rotated');
      return { ...issued, previous: { keyId, validUntil } };
    });
  }
}
