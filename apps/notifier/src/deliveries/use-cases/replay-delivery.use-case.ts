import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type PendingDelivery, DeliveryJobs } from '../delivery-jobs';

/**
 * Sends a dead delivery again (the receiver is back): it becomes pending and gets a new job, its
 * id numbered by the replay since the dead job keeps the delivery's own id in the failed set.
 */
@Injectable()
export class ReplayDeliveryUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: DeliveryJobs,
  ) {}

  async execute(deliveryId: string): Promise<{ deliveryId: string; replay: number }> {
    const [replayed] = await this.dataSource.query<(PendingDelivery & { replays: number })[]>(
      `WITH replayed AS (
         UPDATE deliveries SET status = 'pending', replays = replays + 1, not_before = now() WHERE id = $1 AND status = 'dead'
         RETURNING id, channel, not_before AS "notBefore", replays)
       SELECT * FROM replayed`,
      [deliveryId],
    );
    if (!replayed) throw new ConflictException(`delivery ${deliveryId} is not dead (only dead deliveries are replayed)`);
    await this.jobs.enqueue([replayed], replayed.replays);
    return { deliveryId, replay: replayed.replays };
  }
}
