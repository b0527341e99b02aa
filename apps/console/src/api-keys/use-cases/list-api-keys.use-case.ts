import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Enterprise } from '../../enterprises/enterprise.entity';
import { requireExisting } from '../../shared/require-existing';
import { ApiKey } from '../api-key.entity';
import { type ApiKeyView, toApiKeyView } from '../api-key.view';
import { KeyUsageReader } from '../key-usage.reader';

@Injectable()
export class ListApiKeysUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly usage: KeyUsageReader,
  ) {}

  async execute(enterpriseId: string): Promise<ApiKeyView[]> {
    await requireExisting(this.dataSource.manager, Enterprise, 'enterprise', [['id', enterpriseId]]);
    const keys = await this.dataSource.getRepository(ApiKey).find({ where: { enterpriseId }, order: { createdAt: 'DESC' } });
    const lastUsed = await this.usage.lastUsed(keys.map((key) => key.id));
    const now = new Date();
    return keys.map((key) => toApiKeyView(key, lastUsed.get(key.id) ?? null, now));
  }
}
