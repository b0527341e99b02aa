/**
 * Builders for risk-rules specs: recorded events, a measure context and a scoring input with a
 * fixed legal profile, so a spec states only what its case is about.
 */
import { EnterpriseHistory, type HrEventData, type RecordedEvent, type RiskEventType } from '../src/history/enterprise-history';
import type { EnterpriseProfile } from '../src/history/enterprise-profile.model';
import { currentHeadcount } from '../src/history/headcount';
import { INDICATOR_CATALOG } from '../src/indicators/catalog';
import type { IndicatorDefinition, Measurement, MeasureContext } from '../src/indicators/indicator.model';
import type { LegalProfile, ProvinceValues } from '../src/legal/legal-profile.model';
import { DEFAULT_RULE_SET } from '../src/rules/default-rule-set';
import type { ScoreInput } from '../src/scoring/score-enterprise';

export const TEST_PROVINCE: ProvinceValues = {
  code: 'CN-TEST',
  name: 'Test province',
  monthlyMinimumWageMinor: 250_000,
  hourlyMinimumWageMinor: 2_400,
  criminalThresholdOneWorkerMinor: 500_000,
  criminalThresholdGroupMinor: 3_000_000,
};

/** China's numbers (DOMAIN.md §6) with one test province. */
export const TEST_LEGAL: LegalProfile = {
  jurisdiction: 'CN',
  name: 'China (test)',
  overtimeMonthlyLimitHours: 36,
  overtimePayMinMultiple: 1.5,
  massLayoffMinWorkers: 20,
  massLayoffMinShare: 0.1,
  massLayoffNoticeDays: 30,
  mediationDays: 15,
  collectiveDisputeMinWorkers: 10,
  dispatchMaxShare: 0.1,
  opinionLetterReplyWorkingDays: 15,
  provinces: { [TEST_PROVINCE.code]: TEST_PROVINCE },
  defaultProvince: TEST_PROVINCE.code,
};

export const TEST_ENTERPRISE = '7d0b1f52-5f4c-4d6e-9a55-8e1b7f0c2a11';

export function testProfile(overrides: Partial<EnterpriseProfile> = {}): EnterpriseProfile {
  return { enterpriseId: TEST_ENTERPRISE, sector: 'other', jurisdiction: 'CN', province: TEST_PROVINCE.code, groupId: null, registeredHeadcount: 100, ...overrides };
}

let sequence = 0;

/** A recorded event of `type` on business day `day`; ids are unique unless given. */
export function recorded<T extends RiskEventType>(type: T, day: string, data: HrEventData<T>, id = `evt-${String(++sequence).padStart(5, '0')}`): RecordedEvent<T> {
  return { id, type, day, data } as RecordedEvent<T>;
}

/** The context an indicator measures in, with the indicator's default parameters unless given. */
export function measureContext(
  definition: IndicatorDefinition,
  events: readonly RecordedEvent[],
  asOf: string,
  options: { profile?: Partial<EnterpriseProfile>; params?: Record<string, number>; legal?: LegalProfile } = {},
): MeasureContext {
  const history = EnterpriseHistory.of(events);
  const profile = testProfile(options.profile);
  const legal = options.legal ?? TEST_LEGAL;
  return {
    history,
    asOf,
    profile,
    legal,
    province: legal.provinces[profile.province ?? ''] ?? legal.provinces[legal.defaultProvince],
    headcount: currentHeadcount(history, profile.registeredHeadcount),
    rateMinHeadcount: DEFAULT_RULE_SET.rateMinHeadcount,
    params: { ...definition.defaults.params, ...options.params },
  };
}

/** Shorthand: what `definition` measures in `events` on `asOf`. */
export function measure(definition: IndicatorDefinition, events: readonly RecordedEvent[], asOf: string, options: Parameters<typeof measureContext>[3] = {}): Measurement | null {
  return definition.measure(measureContext(definition, events, asOf, options));
}

/** A scoring input over the default rule set and the whole catalog. */
export function scoreInput(events: readonly RecordedEvent[], asOf: string, overrides: Partial<Omit<ScoreInput, 'history'>> = {}): ScoreInput {
  return {
    history: EnterpriseHistory.of(events),
    profile: testProfile(),
    asOf,
    ruleSet: DEFAULT_RULE_SET,
    catalog: INDICATOR_CATALOG,
    legal: TEST_LEGAL,
    ...overrides,
  };
}
