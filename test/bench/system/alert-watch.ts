import type { RiskAlertV1 } from '@concord/contracts';
import { type Kafka, TOPICS, serviceTopic } from './bench-kafka';

/** One risk alert revision as a downstream consumer saw it: what it says, and when it arrived (Date.now()). */
export interface SeenAlert {
  alertId: string;
  revision: number;
  enterpriseId: string;
  level: string;
  /** The engine's scoring instant, which its score_history row also carries. */
  scoredAt: string;
  at: number;
}

/**
 * Reads risk.alerts as the notifier and the case service do (a consumer group of its own, from the
 * beginning, 100 ms fetch wait like the services' consumers), so an alert counts as raised when a
 * downstream consumer could first act on it.
 */
export class AlertWatch {
  readonly alerts: SeenAlert[] = [];

  private constructor(private readonly consumer: ReturnType<Kafka['consumer']>) {}

  static async start(kafka: Kafka): Promise<AlertWatch> {
    const consumer = kafka.consumer({ groupId: 'bench.system.alert-watch', maxWaitTimeInMs: 100 });
    const watch = new AlertWatch(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [serviceTopic(TOPICS.riskAlerts)], fromBeginning: true });
    await consumer.run({
      eachBatch: ({ batch }) => {
        const at = Date.now();
        for (const message of batch.messages) {
          const { data } = JSON.parse(message.value?.toString() ?? '{}') as RiskAlertV1;
          watch.alerts.push({ alertId: data.alertId, revision: data.revision, enterpriseId: data.enterpriseId, level: data.level, scoredAt: data.scoredAt, at });
        }
        return Promise.resolve();
      },
    });
    return watch;
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
