import { migrationCommands } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { runMain, startService } from '@concord/platform';
import { ENGINE_CONSUMING } from './engine-consuming';
import { riskDatabaseOptions } from './risk-database';
import { loadRiskEngineConfig } from './risk-engine.config';
import { RiskEngineModule, SERVICE_NAME } from './risk-engine.module';

runMain({
  serve: async () => {
    const config = loadRiskEngineConfig();
    await startService({
      rootModule: RiskEngineModule.forRoot(config),
      port: config.PORT,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: 'concord.risk-engine', ...ENGINE_CONSUMING }),
    });
  },
  ...migrationCommands(riskDatabaseOptions),
});
