import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit-entry.entity';
import type { ListAuditQueryDto } from '../http/list-audit.query.dto';

export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Newest first, paged by id (keyset), so a page stays stable while new entries arrive. */
@Injectable()
export class ListAuditEntriesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListAuditQueryDto): Promise<AuditPage> {
    const select = this.dataSource.getRepository(AuditEntry).createQueryBuilder('entry').orderBy('entry.id', 'DESC').limit(query.limit + 1);
    if (query.since) select.andWhere('entry.at >= :since', { since: query.since });
    if (query.personId) select.andWhere('entry.personId = :personId', { personId: query.personId });
    if (query.cursor) select.andWhere('entry.id < :cursor', { cursor: query.cursor });
    const rows = await select.getMany();
    const items = rows.slice(0, query.limit);
    return { items, nextCursor: rows.length > query.limit ? items[items.length - 1].id : null };
  }
}
