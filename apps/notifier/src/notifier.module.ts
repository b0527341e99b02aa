import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAuthModule } from '@concord/auth';
import { QUEUES } from '@concord/contracts';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { QueueModule, RedisReadiness } from '@concord/queue';
import { DeliveryJobs } from './deliveries/delivery-jobs';
import { DeliveryLog } from './deliveries/delivery-log';
import { DeliverySweeper } from './deliveries/delivery.sweeper';
import { DeliveriesController } from './deliveries/http/deliveries.controller';
import { DeliveryJobsProcessor } from './deliveries/processors/delivery-jobs.processor';
import { DeliverInAppUseCase } from './deliveries/use-cases/deliver-in-app.use-case';
import { DeliverWebhookUseCase } from './deliveries/use-cases/deliver-webhook.use-case';
import { ListAlertDeliveriesUseCase } from './deliveries/use-cases/list-alert-deliveries.use-case';
import { WebhookSender } from './deliveries/webhook-sender';
import { notifyDatabaseOptions } from './notify-database';
import { NOTIFIER_CONFIG, type NotifierConfig } from './notifier.config';
import { RiskAlertConsumer } from './notifications/consumers/risk-alert.consumer';
import { EnterpriseDirectoryReader } from './notifications/enterprise-directory.reader';
import { NotificationsController } from './notifications/http/notifications.controller';
import { ListPersonNotificationsUseCase } from './notifications/use-cases/list-person-notifications.use-case';
import { NotifyAlertUseCase } from './notifications/use-cases/notify-alert.use-case';

export const SERVICE_NAME = 'notifier';

@Module({})
export class NotifierModule {
  static forRoot(config: NotifierConfig): DynamicModule {
    return {
      module: NotifierModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL }),
        DatabaseModule.forRoot(notifyDatabaseOptions(config.DATABASE_URL)),
        // The notifier sends on channels, not on Kafka: no outbox to relay.
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME, withOutbox: false }),
        QueueModule.forRoot(config, { workOn: [QUEUES.notifyDeliveries] }),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness, RedisReadiness]),
      ],
      controllers: [RiskAlertConsumer, NotificationsController, DeliveriesController],
      providers: [
        { provide: NOTIFIER_CONFIG, useValue: config },
        EnterpriseDirectoryReader,
        NotifyAlertUseCase,
        ListPersonNotificationsUseCase,
        DeliveryJobs,
        DeliveryLog,
        DeliverySweeper,
        WebhookSender,
        DeliverInAppUseCase,
        DeliverWebhookUseCase,
        DeliveryJobsProcessor,
        ListAlertDeliveriesUseCase,
      ],
    };
  }
}
