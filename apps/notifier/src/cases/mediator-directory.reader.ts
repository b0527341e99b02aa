import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A mediator as the notifier reaches them. */
export interface ReachableMediator {
  mediatorId: string;
  name: string;
  email: string | null;
  language: 'zh-CN' | 'en';
}

/** Reads the console's published mediator roster (read-only). */
@Injectable()
export class MediatorDirectoryReader {
  /** The mediators the roster knows, by id; one it does not know is absent (still told in the inbox). */
  async mediators(manager: EntityManager, mediatorIds: readonly string[]): Promise<Map<string, ReachableMediator>> {
    if (mediatorIds.length === 0) return new Map();
    const rows = await manager.query<ReachableMediator[]>(
      `SELECT mediator_id AS "mediatorId", name, email, language FROM directory.mediator_roster_v2 WHERE mediator_id = ANY($1::uuid[])`,
      [[...new Set(mediatorIds)]],
    );
    return new Map(rows.map((row) => [row.mediatorId, row]));
  }
}
