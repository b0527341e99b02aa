import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface FailedAttempt {
  httpStatus: number | null;
  error: string;
  /** the last attempt BullMQ will make: the delivery is then dead */
  final: boolean;
}

/**
 * Moves a pending delivery on and logs the attempt, in one statement. Only a pending delivery
 * moves, so a job that runs twice for the same delivery records its effect once.
 */
@Injectable()
export class DeliveryLog {
  constructor(private readonly dataSource: DataSource) {}

  async delivered(deliveryId: string, httpStatus: number | null): Promise<void> {
    await this.dataSource.query(
      `WITH moved AS (
         UPDATE deliveries SET status = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = NULL
          WHERE id = $1 AND status = 'pending'
          RETURNING id, attempts)
       INSERT INTO delivery_attempts (delivery_id, attempt, outcome, http_status)
       SELECT id, attempts, 'delivered', $2::int FROM moved`,
      [deliveryId, httpStatus],
    );
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
