import type { ProvinceValues } from './legal-profile.model';
import { toMinorUnits } from './minor-units.util';

/**
 * Wage arrears that make refusing to pay a crime (Criminal Law Art. 276-1), per SPC 法释〔2013〕3号
 * Art. 3: one worker owed three months or more and 5,000–20,000 yuan, or ten or more workers owed
 * 30,000–100,000 yuan in total. Each provincial high court fixes its value inside the range.
 */
export const SPC_ARREARS_THRESHOLD_RANGES_MINOR = {
  oneWorker: { min: toMinorUnits(5_000), max: toMinorUnits(20_000) },
  tenOrMoreWorkers: { min: toMinorUnits(30_000), max: toMinorUnits(100_000) },
} as const;

/**
 * For a province whose high-court value we have not verified. The lower bound makes W4 fire at the
 * smallest amount any province uses: an earlier RED rather than a missed one.
 */
const NATIONAL_LOWER_BOUND_THRESHOLDS = {
  criminalThresholdOneWorkerMinor: SPC_ARREARS_THRESHOLD_RANGES_MINOR.oneWorker.min,
  criminalThresholdGroupMinor: SPC_ARREARS_THRESHOLD_RANGES_MINOR.tenOrMoreWorkers.min,
};

/**
 * Guangdong's first-class areas (Guangzhou, Shenzhen, Zhuhai, Foshan, Zhongshan, Dongguan):
 * 20,000 / 100,000 yuan (粤高法发〔2015〕4号, 2015). Second-class cities use 10,000 / 60,000.
 */
const GUANGDONG_FIRST_CLASS_THRESHOLDS = {
  criminalThresholdOneWorkerMinor: toMinorUnits(20_000),
  criminalThresholdGroupMinor: toMinorUnits(100_000),
};

/**
 * Highest-tier minimum wages and criminal thresholds of the provinces Concord has data for, keyed by
 * ISO 3166-2 code (Shenzhen, a city with its own wage level, as CN-GD-SZ). The hourly figure is
 * the part-time (非全日制) standard: platform and hourly workers are paid against it, and it is
 * higher than monthly ÷ hours because it includes the employer's social-insurance share.
 * Provinces must revise minimum wages at least every two years (最低工资规定 Art. 10), so each
 * entry names its notice; the values are as known in late 2026 and need checking at each revision.
 */
export const CHINA_PROVINCES: Readonly<Record<string, ProvinceValues>> = {
  'CN-SH': {
    code: 'CN-SH',
    name: 'Shanghai',
    // 上海市人力资源和社会保障局《关于调整本市最低工资标准的通知》(2025), from 2025-07-01.
    monthlyMinimumWageMinor: toMinorUnits(2_740),
    hourlyMinimumWageMinor: toMinorUnits(25),
    // Shanghai's high-court value not verified: national lower bound.
    ...NATIONAL_LOWER_BOUND_THRESHOLDS,
  },
  'CN-BJ': {
    code: 'CN-BJ',
    name: 'Beijing',
    // 北京市人力资源和社会保障局 notice on the 2025 minimum wage (No. 7 [2025]), from 2025-09-01.
    monthlyMinimumWageMinor: toMinorUnits(2_540),
    hourlyMinimumWageMinor: toMinorUnits(27.7),
    // Beijing's high-court value not verified: national lower bound.
    ...NATIONAL_LOWER_BOUND_THRESHOLDS,
  },
  'CN-ZJ': {
    code: 'CN-ZJ',
    name: 'Zhejiang',
    // 浙江省人民政府 notice adjusting the provincial minimum wage (2023), class A from 2024-01-01.
    // Secondary sources report a 2026 revision to 2,660 yuan; not verified, so not used.
    monthlyMinimumWageMinor: toMinorUnits(2_490),
    hourlyMinimumWageMinor: toMinorUnits(24),
    // Zhejiang's high-court value not verified: national lower bound.
    ...NATIONAL_LOWER_BOUND_THRESHOLDS,
  },
  'CN-JS': {
    code: 'CN-JS',
    name: 'Jiangsu',
    // 江苏省人力资源和社会保障厅《关于调整江苏省最低工资标准的通知》(苏人社规〔2025〕3号, 2025-12-29),
    // class 1: 2,660 yuan a month. Its hourly figure is not verified: 24 yuan is the class-1 figure of
    // the 2024 standard, which the new one cannot be below.
    monthlyMinimumWageMinor: toMinorUnits(2_660),
    hourlyMinimumWageMinor: toMinorUnits(24),
    // 江苏省高级人民法院《关于江苏省执行拒不支付劳动报酬罪数额标准的意见》(2014).
    criminalThresholdOneWorkerMinor: toMinorUnits(10_000),
    criminalThresholdGroupMinor: toMinorUnits(60_000),
  },
  'CN-GD': {
    code: 'CN-GD',
    name: 'Guangdong (Guangzhou tier)',
    // 广东省人民政府 notice adjusting enterprise minimum wages (2025), Guangzhou from 2025-03-01.
    monthlyMinimumWageMinor: toMinorUnits(2_500),
    hourlyMinimumWageMinor: toMinorUnits(23.6),
    ...GUANGDONG_FIRST_CLASS_THRESHOLDS,
  },
  'CN-GD-SZ': {
    code: 'CN-GD-SZ',
    name: 'Shenzhen',
    // The same 2025 Guangdong notice, Shenzhen's level from 2025-03-01.
    monthlyMinimumWageMinor: toMinorUnits(2_520),
    hourlyMinimumWageMinor: toMinorUnits(23.7),
    ...GUANGDONG_FIRST_CLASS_THRESHOLDS,
  },
  'CN-SC': {
    code: 'CN-SC',
    name: 'Sichuan',
    // 四川省人民政府 notice on the provincial minimum wage, first tier; the notice number and
    // effective date are not verified here.
    monthlyMinimumWageMinor: toMinorUnits(2_330),
    hourlyMinimumWageMinor: toMinorUnits(22.4),
    // Sichuan's high-court value not verified: national lower bound.
    ...NATIONAL_LOWER_BOUND_THRESHOLDS,
  },
  'CN-HA': {
    code: 'CN-HA',
    name: 'Henan',
    // Henan provincial notice adjusting the minimum wage (2025), first tier from 2025-12-01.
    monthlyMinimumWageMinor: toMinorUnits(2_350),
    hourlyMinimumWageMinor: toMinorUnits(23),
    // 河南省高级人民法院《关于我省拒不支付劳动报酬犯罪数额认定标准的规定》.
    criminalThresholdOneWorkerMinor: toMinorUnits(8_000),
    criminalThresholdGroupMinor: toMinorUnits(40_000),
  },
};
