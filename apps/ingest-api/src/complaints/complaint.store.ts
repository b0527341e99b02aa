import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import type { SealedIdentity } from './security/identity-cipher';

export type ComplaintStatus = 'received';

export interface ComplaintTracking {
  status: ComplaintStatus;
  receivedAt: Date;
  updatedAt: Date;
}

export interface NewComplaint {
  trackingSha256: string;
  complaintId: string;
  enterpriseId: string;
  receivedAt: Date;
  identity?: SealedIdentity;
}

/**
 * The complaint tables of the ingest schema, in plain SQL: two narrow tables, read by one key each.
 * Nothing here ever holds a name, phone or e-mail in clear (the identity is sealed by the caller).
 */
@Injectable()
export class ComplaintStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` after inserting, in one transaction: if it throws, nothing of the complaint remains. */
  async insertThen(complaint: NewComplaint, work: () => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.insert(manager, complaint);
      await work();
    });
  }

  async findByTrackingDigest(trackingSha256: string): Promise<ComplaintTracking | undefined> {
    const rows = await this.dataSource.query<ComplaintTracking[]>(
      `SELECT status, received_at AS "receivedAt", updated_at AS "updatedAt" FROM ingest.complaint_tracking WHERE tracking_sha256 = $1`,
      [trackingSha256],
    );
    return rows[0];
  }

  private async insert(manager: EntityManager, c: NewComplaint): Promise<void> {
    await manager.query(
      `INSERT INTO ingest.complaint_tracking (tracking_sha256, complaint_id, enterprise_id, status, received_at, updated_at) VALUES ($1, $2, $3, 'received', $4, $4)`,
      [c.trackingSha256, c.complaintId, c.enterpriseId, c.receivedAt],
    );
    if (c.identity) {
      const { ciphertext, iv, tag, keyVersion } = c.identity;
      await manager.query(`INSERT INTO ingest.complaint_identities (complaint_id, ciphertext, iv, tag, key_version) VALUES ($1, $2, $3, $4, $5)`, [
        c.complaintId,
        ciphertext,
        iv,
        tag,
        keyVersion,
      ]);
    }
  }
}
