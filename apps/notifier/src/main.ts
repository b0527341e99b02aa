import { databaseEnv, loadConfig } from '@concord/config';
import { migrateServiceSchema } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { runMain, startService } from '@concord/platform';
import { notifyDatabaseOptions } from './notify-database';
import { loadNotifierConfig } from './notifier.config';
import { NotifierModule, SERVICE_NAME } from './notifier.module';

runMain({
  serve: async () => {
    const config = loadNotifierConfig();
    await startService({
      rootModule: NotifierModule.forRoot(config),
      port: config.PORT,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: 'concord.notifier' }),
    });
  },
  // Migrating needs only the database, so a migration job does not need Kafka, Redis or secrets.
  migrate: async () => {
    const { DATABASE_URL } = loadConfig(databaseEnv);
    const applied = await migrateServiceSchema(notifyDatabaseOptions(DATABASE_URL), 'up');
    process.stdout.write(`notify: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}\n`);
  },
});
