import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { groupCommit } from './group-commit';

export interface FailedAttempt {
  httpStatus: number | null;
  error: string;
  /** the last attempt BullMQ will make: the delivery is then dead */
  final: boolean;
}

interface Success {
  deliveryId: string;
  httpStatus: number | null;
}

/**
 * Moves a pending delivery on and logs the attempt, in one statement. Only a pending delivery
 * moves, so a job that runs twice for the same delivery records its effect once. Successes, the
 * common case, are committed together with those of concurrent jobs (see groupCommit).
 */
@Injectable()
export class DeliveryLog {
  private readonly successes = groupCommit<Success, void>(async (batch) => {
    await this.dataSource.query(
      `WITH sent AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS s(id, http_status)),
            moved AS (
              UPDATE deliveries d SET status = 'delivered', delivered_at = now(), attempts = d.attempts + 1, last_error = NULL
                FROM sent WHERE d.id = sent.id AND d.status = 'pending'
                RETURNING d.id, d.attempts, sent.http_status)
       INSERT INTO delivery_attempts (delivery_id, attempt, outcome, http_status)
       SELECT id, attempts, 'delivered', http_status FROM moved`,
      [batch.map((success) => success.deliveryId), batch.map((success) => success.httpStatus)],
    );
    return batch.map(() => undefined);
  });

  constructor(private readonly dataSource: DataSource) {}

  delivered(deliveryId: string, httpStatus: number | null): Promise<void> {
    return this.successes.load({ deliveryId, httpStatus });
  }

  async failed(deliveryId: string, { httpStatus, error, final }: FailedAttempt): Promise<void> {
    await this.dataSource.query(
      `WITH moved AS (
         UPDATE deliveries SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3::boolean THEN 'dead' ELSE status END
          WHERE id = $1 AND status = 'pending'
          RETURNING id, attempts)
       INSERT INTO delivery_attempts (delivery_id, attempt, outcome, http_status, error)
       SELECT id, attempts, 'failed', $4::int, $2 FROM moved`,
      [deliveryId, error, final, httpStatus],
    );
  }
}
