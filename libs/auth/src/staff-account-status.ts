import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';

/** How stale a looked-up status may be: a disabled account's sessions end within this long. */
const STATUS_TTL_MS = 5_000;

/**
 * Whether a session's account has been disabled, read from the directory's published view
 * (`directory.staff_account_status_v1`). An active account is remembered for a few seconds, so a
 * busy session costs one indexed read per five seconds rather than one per request; a disabled one
 * is not, so re-enabling it takes effect at once in every service. An account the view does not
 * list is not disabled: the directory never deletes accounts, it disables them.
 */
@Injectable()
export class StaffAccountStatus {
  private readonly active = new LRUCache<string, true>({ max: 10_000, ttl: STATUS_TTL_MS });

  constructor(private readonly dataSource: DataSource) {}

  async isDisabled(accountId: string): Promise<boolean> {
    if (this.active.has(accountId)) return false;
    const rows = await this.dataSource.query<{ disabled: boolean }[]>(`SELECT disabled FROM directory.staff_account_status_v1 WHERE account_id = $1`, [accountId]);
    const disabled = rows[0]?.disabled === true;
    if (!disabled) this.active.set(accountId, true);
    return disabled;
  }
}
