import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Write a key's last use at most this often: the console needs "when", not every request. */
const WRITE_INTERVAL_MS = 60_000;

/**
 * Records when each API key was last used (`ingest.api_key_usage_v1`, read by the console).
 * Best effort and off the request path: a failed write is logged and retried on a later use.
 */
@Injectable()
export class KeyUsageRecorder {
  private readonly log = new Logger(KeyUsageRecorder.name);
  private readonly lastWritten = new Map<string, number>();

  constructor(private readonly dataSource: DataSource) {}

  touch(keyId: string, now = Date.now()): void {
    if (now - (this.lastWritten.get(keyId) ?? 0) < WRITE_INTERVAL_MS) return;
    this.lastWritten.set(keyId, now);
    this.dataSource
      .query(
        `INSERT INTO api_key_usage (key_id, last_used_at) VALUES ($1, $2)
         ON CONFLICT (key_id) DO UPDATE SET last_used_at = GREATEST(api_key_usage.last_used_at, EXCLUDED.last_used_at)`,
        [keyId, new Date(now)],
      )
      .catch((error: unknown) => {
        this.lastWritten.delete(keyId);
        this.log.warn({ err: error, keyId }, 'could not record API key use');
      });
  }
}
