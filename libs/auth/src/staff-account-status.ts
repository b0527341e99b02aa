import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';

/** How stale a looked-up status may be: a disabled account's sessions end within this long. */
const STATUS_TTL_MS = 5_000;

/**
 * Whether a session's account has been disabled, read from the directory's published view
 * (`directory.staff_account_status_v1`) and remembered for a few seconds per account, so a busy
 * session costs one indexed read per five seconds rather than one per request. An account the view
 * does not list is not disabled: the directory never deletes accounts, it disables them.
 */
@Injectable()
export class StaffAccountStatus {
  private readonly disabled = new LRUCache<string, boolean>({ max: 10_000, ttl: STATUS_TTL_MS });

  constructor(private readonly dataSource: DataSource) {}

  async isDisabled(accountId: string): Promise<boolean> {
    const known = this.disabled.get(accountId);
    if (known !== undefined) return known;
    const rows = await this.dataSource.query<{ disabled: boolean }[]>(`SELECT disabled FROM directory.staff_account_status_v1 WHERE account_id = $1`, [accountId]);
    const disabled = rows[0]?.disabled === true;
    this.disabled.set(accountId, disabled);
    return disabled;
  }
}
