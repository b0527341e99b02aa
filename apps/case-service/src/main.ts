import { migrationCommands } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { runMain, startService } from '@concord/platform';
import { loadCaseServiceConfig } from './case-service.config';
import { CASE_SERVICE_BODY_LIMIT, CaseServiceModule, SERVICE_NAME } from './case-service.module';
import { casesDatabaseOptions } from './cases-database';

runMain({
  serve: async () => {
    const config = loadCaseServiceConfig();
    await startService({
      rootModule: CaseServiceModule.forRoot(config),
      port: config.PORT,
      bodyLimit: CASE_SERVICE_BODY_LIMIT,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: 'concord.case-service' }),
    });
  },
  ...migrationCommands(casesDatabaseOptions),
});
