import { migrationCommands } from '@concord/database';
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
  ...migrationCommands(notifyDatabaseOptions),
});
