import { type NotifierConfig, loadNotifierConfig } from '../notifier.config';

/**
 * For integration tests that build a channel sender by hand: the variables every notifier config
 * requires (no sender connects to any of them) plus the channel's own.
 */
export function channelTestConfig(channelEnv: Record<string, string>): NotifierConfig {
  return loadNotifierConfig({
    PORT: '1',
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
    KAFKA_BROKERS: '127.0.0.1:9092',
    REDIS_URL: 'redis://127.0.0.1:6379',
    JWT_SECRET: 'channel-test-jwt-secret-of-32-chars!',
    ACK_LINK_SECRET: 'channel-test-ack-link-secret-32-chars!',
    ...channelEnv,
  });
}
