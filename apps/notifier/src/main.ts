import { migrationCommands } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { runMain, startService } from '@concord/platform';
import { notifyDatabaseOptions } from './notify-database';
import { loadNotifierConfig } from './notifier.config';
import { NotifierModule, SERVICE_NAME } from './notifier.module';

/** risk.alerts has 6 partitions in production (deploy/topics.yaml): a notifier that owns them all handles them all at once. */
const NOTIFIER_PARTITIONS_CONCURRENTLY = 6;

runMain({
  serve: async () => {
    const config = loadNotifierConfig();
    await startService({
      rootModule: NotifierModule.forRoot(config),
      port: config.PORT,
      consumer: new KafkaConsumerServer({
        kafka: config,
        clientId: SERVICE_NAME,
        groupId: 'concord.notifier',
        // Alerts are keyed by enterprise, and a batch locks its enterprises in id order: partitions never wait on each other.
        partitionsConcurrently: NOTIFIER_PARTITIONS_CONCURRENTLY,
      }),
    });
  },
  ...migrationCommands(notifyDatabaseOptions),
});
