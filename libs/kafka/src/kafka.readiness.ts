import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { ReadinessProbe } from '@concord/platform';
import type { Admin, Kafka } from 'kafkajs';
import { KAFKA_CLIENT } from './kafka.tokens';

@Injectable()
export class KafkaReadiness implements ReadinessProbe, OnApplicationShutdown {
  readonly dependency = 'kafka';
  private admin?: Admin;

  constructor(@Inject(KAFKA_CLIENT) private readonly kafka: Kafka) {}

  async probe(): Promise<void> {
    if (!this.admin) {
      this.admin = this.kafka.admin();
      await this.admin.connect();
    }
    const cluster = await this.admin.describeCluster();
    if (cluster.brokers.length === 0) throw new Error('no brokers in cluster metadata');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }
}
