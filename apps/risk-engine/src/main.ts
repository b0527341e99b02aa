import { migrationCommands } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { runMain, startService } from '@concord/platform';
import { riskDatabaseOptions } from './risk-database';
import { loadRiskEngineConfig } from './risk-engine.config';
import { RiskEngineModule, SERVICE_NAME } from './risk-engine.module';

/**
 * Batches of this many partitions scored at once. A scoring transaction spends most of its time
 * waiting on Postgres, so one partition after another left the engine idle; concurrent batches
 * never deadlock (each locks its enterprises in id order, as re-evaluations and rule publishes
 * already do beside the consumer), and an enterprise's events stay in order on its partition.
 * Four keeps the database pool (10) free for the outbox relay, re-evaluation and HTTP.
 */
const ENGINE_PARTITIONS_CONCURRENTLY = 4;

runMain({
  serve: async () => {
    const config = loadRiskEngineConfig();
    await startService({
      rootModule: RiskEngineModule.forRoot(config),
      port: config.PORT,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: 'concord.risk-engine', partitionsConcurrently: ENGINE_PARTITIONS_CONCURRENTLY }),
    });
  },
  ...migrationCommands(riskDatabaseOptions),
});
