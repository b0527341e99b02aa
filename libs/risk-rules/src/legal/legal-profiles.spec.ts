import fc from 'fast-check';
import { JURISDICTIONS, type Jurisdiction } from '../history/enterprise-profile.model';
import { SPC_ARREARS_THRESHOLD_RANGES_MINOR } from './china-provinces.data';
import type { LegalProfile } from './legal-profile.model';
import { LEGAL_PROFILES, legalProfileFor, provinceValues } from './legal-profiles';

type LegalNumbers = Omit<LegalProfile, 'jurisdiction' | 'name' | 'provinces' | 'defaultProvince'>;

/** DOMAIN.md §6, restated so that a change to a legal number has to be made twice, on purpose. */
const EXPECTED: Record<Jurisdiction, LegalNumbers> = {
  CN: {
    overtimeMonthlyLimitHours: 36,
    overtimePayMinMultiple: 1.5,
    massLayoffMinWorkers: 20,
    massLayoffMinShare: 0.1,
    massLayoffNoticeDays: 30,
    mediationDays: 15,
    collectiveDisputeMinWorkers: 10,
    dispatchMaxShare: 0.1,
    opinionLetterReplyWorkingDays: 15,
  },
  US: {
    overtimeMonthlyLimitHours: null,
    overtimePayMinMultiple: 1.5,
    massLayoffMinWorkers: 50,
    massLayoffMinShare: 0.33,
    massLayoffNoticeDays: 60,
    mediationDays: 15,
    collectiveDisputeMinWorkers: 10,
    dispatchMaxShare: null,
    opinionLetterReplyWorkingDays: 15,
  },
  EU: {
    overtimeMonthlyLimitHours: null,
    overtimePayMinMultiple: 1,
    massLayoffMinWorkers: 10,
    massLayoffMinShare: 0.1,
    massLayoffNoticeDays: 30,
    mediationDays: 15,
    collectiveDisputeMinWorkers: 10,
    dispatchMaxShare: null,
    opinionLetterReplyWorkingDays: 15,
  },
};

describe.each(JURISDICTIONS)('legal profile %s', (jurisdiction) => {
  const profile = legalProfileFor(jurisdiction);
  const provinces = Object.entries(profile.provinces);

  it('carries the legal numbers of DOMAIN.md §6', () => {
    expect(profile.jurisdiction).toBe(jurisdiction);
    expect(profile).toMatchObject(EXPECTED[jurisdiction]);
  });

  it('has its default province in its table, each keyed by its own code', () => {
    expect(profile.provinces[profile.defaultProvince]).toBeDefined();
    for (const [key, values] of provinces) expect(values.code).toBe(key);
  });

  it('has positive whole amounts for every province', () => {
    for (const [, values] of provinces) {
      for (const amount of [
        values.monthlyMinimumWageMinor,
        values.hourlyMinimumWageMinor,
        values.criminalThresholdOneWorkerMinor,
        values.criminalThresholdGroupMinor,
      ]) {
        expect(Number.isSafeInteger(amount) && amount > 0).toBe(true);
      }
    }
  });

  it('answers every province code, known or not, with a province of its own table', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.constantFrom(...Object.keys(profile.provinces)), fc.string())), (code) => {
        const values = provinceValues(profile, code);
        expect(profile.provinces[values.code]).toBe(values);
        if (code !== null && Object.hasOwn(profile.provinces, code)) expect(values.code).toBe(code);
      }),
    );
  });
});

describe('China provinces', () => {
  const provinces = Object.values(LEGAL_PROFILES.CN.provinces);

  it('cover at least the provinces Concord is piloted in and near', () => {
    expect(Object.keys(LEGAL_PROFILES.CN.provinces)).toEqual(
      expect.arrayContaining(['CN-SH', 'CN-BJ', 'CN-ZJ', 'CN-GD', 'CN-GD-SZ', 'CN-JS', 'CN-SC', 'CN-HA']),
    );
  });

  it('fix the criminal thresholds inside the SPC ranges (法释〔2013〕3号 Art. 3)', () => {
    const { oneWorker, tenOrMoreWorkers } = SPC_ARREARS_THRESHOLD_RANGES_MINOR;
    for (const values of provinces) {
      expect(values.criminalThresholdOneWorkerMinor).toBeGreaterThanOrEqual(oneWorker.min);
      expect(values.criminalThresholdOneWorkerMinor).toBeLessThanOrEqual(oneWorker.max);
      expect(values.criminalThresholdGroupMinor).toBeGreaterThanOrEqual(tenOrMoreWorkers.min);
      expect(values.criminalThresholdGroupMinor).toBeLessThanOrEqual(tenOrMoreWorkers.max);
    }
  });

  it('keep minimum wages in fen, within the range Chinese provinces use', () => {
    for (const values of provinces) {
      expect(values.monthlyMinimumWageMinor).toBeGreaterThanOrEqual(150_000);
      expect(values.monthlyMinimumWageMinor).toBeLessThanOrEqual(400_000);
      expect(values.hourlyMinimumWageMinor).toBeGreaterThanOrEqual(1_500);
      expect(values.hourlyMinimumWageMinor).toBeLessThanOrEqual(4_000);
    }
  });

  it('use the values of the province asked for, and the default one without a province', () => {
    expect(provinceValues(LEGAL_PROFILES.CN, 'CN-GD-SZ').monthlyMinimumWageMinor).toBe(252_000);
    expect(provinceValues(LEGAL_PROFILES.CN, 'CN-HA').criminalThresholdOneWorkerMinor).toBe(800_000);
    expect(provinceValues(LEGAL_PROFILES.CN, null).code).toBe('CN-ZJ');
    expect(provinceValues(LEGAL_PROFILES.CN, 'CN-XZ').code).toBe('CN-ZJ');
  });
});

describe('US federal', () => {
  it('converts the federal $7.25 an hour to a month of 173.33 hours', () => {
    const federal = provinceValues(LEGAL_PROFILES.US, null);
    expect(federal.hourlyMinimumWageMinor).toBe(725);
    expect(federal.monthlyMinimumWageMinor).toBe(125_664);
  });
});

it('refuses a jurisdiction without a profile', () => {
  expect(() => legalProfileFor('XX' as Jurisdiction)).toThrow(RangeError);
});
