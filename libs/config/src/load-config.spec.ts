import { z } from 'zod';
import { databaseEnv, kafkaEnv } from './concerns';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('names a missing variable', () => {
    expect(() => loadConfig(databaseEnv, {})).toThrow(/DATABASE_URL: is required but not set/);
  });

  it('names an invalid variable and says why', () => {
    expect(() => loadConfig(databaseEnv, { DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres or postgresql URL/);
  });

  it('reports every problem at once', () => {
    const schema = databaseEnv.extend(kafkaEnv.shape);
    try {
      loadConfig(schema, { KAFKA_BROKERS: 'nohostport' });
      fail('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'DATABASE_URL: is required but not set',
        expect.stringMatching(/^KAFKA_BROKERS\.0: each broker must be host:port/),
      ]);
    }
  });

  it('parses kafka defaults for real Kafka', () => {
    const config = loadConfig(kafkaEnv, { KAFKA_BROKERS: 'a:9092, b:9092' });
    expect(config).toEqual({
      KAFKA_BROKERS: ['a:9092', 'b:9092'],
      KAFKA_TOPIC_PREFIX: '',
      KAFKA_IDEMPOTENT_PRODUCER: true,
      KAFKA_CREATE_TOPICS: true,
    });
  });

  it('refuses a boolean it cannot read', () => {
    expect(() => loadConfig(kafkaEnv, { KAFKA_BROKERS: 'a:1', KAFKA_CREATE_TOPICS: 'yes' })).toThrow(/KAFKA_CREATE_TOPICS: must be 'true' or 'false'/);
  });

  it('returns the typed object', () => {
    expect(loadConfig(z.object({ A: z.string() }), { A: 'x' })).toEqual({ A: 'x' });
  });
});
