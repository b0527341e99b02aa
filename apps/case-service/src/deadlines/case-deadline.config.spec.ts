import { DEFAULT_DEADLINE_OPTIONS } from '@concord/case-workflow';
import { loadCaseServiceConfig } from '../case-service.config';
import { caseDeadlineSettingsOf } from './case-deadline.config';

const base = {
  PORT: '3004',
  DATABASE_URL: 'postgres://u:p@localhost:5432/concord',
  KAFKA_BROKERS: 'localhost:9092',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('case deadline settings', () => {
  it('default to the law’s periods and a one-minute sweep', () => {
    expect(caseDeadlineSettingsOf(loadCaseServiceConfig(base))).toEqual({ options: DEFAULT_DEADLINE_OPTIONS, sweepMs: 60_000 });
  });

  it('take short periods from the environment, leaving the rest as the law has them', () => {
    const { options } = caseDeadlineSettingsOf(
      loadCaseServiceConfig({ ...base, CASE_ACCEPTANCE_WORKING_DAYS: '0', CASE_MEDIATION_DAYS: '2', CASE_CENTRE_HEAD_WARNING_DAY: '1', CASE_LIMITATION_WARNING_DAYS: '5' }),
    );
    expect(options).toEqual({ ...DEFAULT_DEADLINE_OPTIONS, acceptanceWorkingDays: 0, mediationDays: 2, centreHeadWarningDay: 1, limitationWarningDays: 5 });
  });

  it('refuse to boot without Redis or with a negative period, naming the variable', () => {
    const { REDIS_URL: _, ...withoutRedis } = base;
    expect(() => loadCaseServiceConfig(withoutRedis)).toThrow(/REDIS_URL: is required but not set/);
    expect(() => loadCaseServiceConfig({ ...base, CASE_MEDIATION_DAYS: '-1' })).toThrow(/CASE_MEDIATION_DAYS/);
    expect(() => loadCaseServiceConfig({ ...base, CASE_DEADLINE_SWEEP_MS: '10' })).toThrow(/CASE_DEADLINE_SWEEP_MS/);
  });
});
