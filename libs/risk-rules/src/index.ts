export { LEVELS, isLevel, levelRank, maxLevel, type Level } from './level.model';
export type { WageFeatures, WagePaymentFact } from './wage-payment.model';
export { deriveWageFeatures } from './wage-features.deriver';
export type { LatenessTier, RuleSet, W1Config, W3Config } from './rule-set.model';
export { DEFAULT_RULE_SET } from './default.rule-set';
export { validateRuleSet } from './rule-set.validator';
export type { FiredRule, RiskScore } from './risk-score.model';
export { scoreWages } from './wage.scorer';
