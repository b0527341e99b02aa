import { Injectable } from '@nestjs/common';
import { preparedStatement, runPrepared } from '@concord/database';
import { DataSource } from 'typeorm';
import { groupCommit } from './group-commit';

export interface FailedAttempt {
  httpStatus: number | null;
  error: string;
  /** the last attempt BullMQ will make: the delivery is then dead */
  final: boolean;
}

/**
 * Whether a delivery is still pending is asked as "neither delivered nor dead" (the status check
 * allows nothing else), which the partial index of pending deliveries cannot answer: so Postgres
 * finds each delivery by its primary key. Asked as `status = 'pending'`, it chose that index
 * whenever its statistics had last seen few pending, as they do between bursts, and in a burst
 * read every pending delivery (thousands) to move a handful.
 */
const STILL_PENDING = `status NOT IN ('delivered', 'dead')`;

/** Moves the pending deliveries among $1 to delivered and logs their successful attempts ($2: HTTP statuses). */
export const DELIVERED_SQL = `
  WITH sent AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS s(id, http_status)),
       moved AS (
         UPDATE deliveries d SET status = 'delivered', delivered_at = now(), attempts = d.attempts + 1, last_error = NULL
           FROM sent WHERE d.id = sent.id AND d.${STILL_PENDING}
           RETURNING d.id, d.attempts, sent.http_status)
  INSERT INTO delivery_attempts (delivery_id, attempt, outcome, http_status)
  SELECT id, attempts, 'delivered', http_status FROM moved`;

/** Logs a failed attempt of delivery $1 if pending ($2 error, $4 HTTP status); the final one ($3) makes it dead. */
export const FAILED_SQL = `
  WITH moved AS (
    UPDATE deliveries SET attempts = attempts + 1, last_error = $2, status = CASE WHEN $3::boolean THEN 'dead' ELSE status END
     WHERE id = $1 AND ${STILL_PENDING}
     RETURNING id, attempts)
  INSERT INTO delivery_attempts (delivery_id, attempt, outcome, http_status, error)
  SELECT id, attempts, 'failed', $4::int, $2 FROM moved`;

const DELIVERED = preparedStatement('notify.delivered', DELIVERED_SQL);

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
    await runPrepared(this.dataSource.manager, DELIVERED, [batch.map((success) => success.deliveryId), batch.map((success) => success.httpStatus)]);
    return batch.map(() => undefined);
  });

  constructor(private readonly dataSource: DataSource) {}

  delivered(deliveryId: string, httpStatus: number | null): Promise<void> {
    return this.successes.load({ deliveryId, httpStatus });
  }

  async failed(deliveryId: string, { httpStatus, error, final }: FailedAttempt): Promise<void> {
    await this.dataSource.query(FAILED_SQL, [deliveryId, error, final, httpStatus]);
  }
}
