import { type DynamicModule, Module } from '@nestjs/common';
import { StaffAccess, StaffAuthModule } from '@concord/auth';
import { QUEUES } from '@concord/contracts';
import { DEFAULT_POOL_SIZE, DatabaseModule, DatabaseReadiness } from '@concord/database';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { QueueModule, RedisReadiness } from '@concord/queue';
import { AckLinks } from './acknowledgements/ack-links';
import { AcknowledgementsController } from './acknowledgements/http/acknowledgements.controller';
import { AcknowledgeThreadUseCase } from './acknowledgements/use-cases/acknowledge-thread.use-case';
import { CaseEventConsumer } from './cases/consumers/case-event.consumer';
import { MediatorDirectoryReader } from './cases/mediator-directory.reader';
import { ListPersonCaseNoticesUseCase } from './cases/use-cases/list-person-case-notices.use-case';
import { NotifyCaseEventUseCase } from './cases/use-cases/notify-case-event.use-case';
import { EmailSender } from './channels/email.sender';
import { SmsSender } from './channels/sms.sender';
import { DeliveryJobs } from './deliveries/delivery-jobs';
import { DeliveryLog } from './deliveries/delivery-log';
import { DeliveriesController } from './deliveries/http/deliveries.controller';
import { DeliveryJobsProcessor } from './deliveries/processors/delivery-jobs.processor';
import { DeliverUseCase } from './deliveries/use-cases/deliver.use-case';
import { ListAlertDeliveriesUseCase } from './deliveries/use-cases/list-alert-deliveries.use-case';
import { ReplayDeliveryUseCase } from './deliveries/use-cases/replay-delivery.use-case';
import { WebhookSender } from './deliveries/webhook-sender';
import { NoticeContextReader } from './notices/notice-context.reader';
import { NoticeTeller } from './notices/notice-teller';
import { NoticeJobsProcessor } from './notices/processors/notice-jobs.processor';
import { TellThreadUseCase } from './notices/use-cases/tell-thread.use-case';
import { notifyDatabaseOptions } from './notify-database';
import { NOTIFIER_CONFIG, type NotifierConfig } from './notifier.config';
import { RiskAlertConsumer } from './notifications/consumers/risk-alert.consumer';
import { EnterpriseDirectoryReader } from './notifications/enterprise-directory.reader';
import { InboxStreamController } from './notifications/http/inbox-stream.controller';
import { NotificationsController } from './notifications/http/notifications.controller';
import { InboxEvents } from './notifications/inbox-events';
import { ListPersonNotificationsUseCase } from './notifications/use-cases/list-person-notifications.use-case';
import { NotifyAlertUseCase } from './notifications/use-cases/notify-alert.use-case';
import { SettingsController } from './settings/http/settings.controller';
import { SilencesController } from './silences/http/silences.controller';
import { CreateSilenceUseCase } from './silences/use-cases/create-silence.use-case';
import { EndSilenceUseCase } from './silences/use-cases/end-silence.use-case';
import { LiftSilenceUseCase } from './silences/use-cases/lift-silence.use-case';
import { ThreadsController } from './threads/http/threads.controller';
import { DeadlineClock } from './threads/deadline-clock';
import { NotifierSweeper } from './threads/notifier.sweeper';
import { ThreadRecorder } from './threads/thread-recorder';
import { ThreadTimers } from './threads/thread-timers';

export const SERVICE_NAME = 'notifier';

/**
 * Notice jobs at once: each is a transaction holding one of the pool's connections, so more would
 * only queue for the pool, ahead of the alerts the consumer has to file.
 */
const NOTICE_JOBS_AT_ONCE = DEFAULT_POOL_SIZE;

@Module({})
export class NotifierModule {
  static forRoot(config: NotifierConfig): DynamicModule {
    return {
      module: NotifierModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL, metricsPort: config.METRICS_PORT }),
        DatabaseModule.forRoot(notifyDatabaseOptions(config.DATABASE_URL)),
        // The notifier sends on channels, not on Kafka: no outbox to relay.
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME, withOutbox: false }),
        QueueModule.forRoot(config, {
          workOn: [QUEUES.notifyDeliveries, QUEUES.notifyNotices],
          concurrency: { [QUEUES.notifyDeliveries]: config.NOTIFY_WORKER_CONCURRENCY, [QUEUES.notifyNotices]: NOTICE_JOBS_AT_ONCE },
        }),
        StaffAuthModule.forRoot({ jwtSecret: config.JWT_SECRET }),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness, RedisReadiness]),
      ],
      controllers: [
        RiskAlertConsumer,
        CaseEventConsumer,
        NotificationsController,
        InboxStreamController,
        DeliveriesController,
        ThreadsController,
        AcknowledgementsController,
        SilencesController,
        SettingsController,
      ],
      providers: [
        StaffAccess,
        { provide: NOTIFIER_CONFIG, useValue: config },
        EnterpriseDirectoryReader,
        MediatorDirectoryReader,
        NoticeContextReader,
        NoticeTeller,
        ThreadRecorder,
        ThreadTimers,
        NotifyAlertUseCase,
        NotifyCaseEventUseCase,
        TellThreadUseCase,
        NoticeJobsProcessor,
        ListPersonNotificationsUseCase,
        ListPersonCaseNoticesUseCase,
        InboxEvents,
        DeliveryJobs,
        DeliveryLog,
        WebhookSender,
        EmailSender,
        SmsSender,
        DeliverUseCase,
        DeliveryJobsProcessor,
        ListAlertDeliveriesUseCase,
        ReplayDeliveryUseCase,
        AckLinks,
        AcknowledgeThreadUseCase,
        CreateSilenceUseCase,
        EndSilenceUseCase,
        LiftSilenceUseCase,
        NotifierSweeper,
        DeadlineClock,
      ],
    };
  }
}
