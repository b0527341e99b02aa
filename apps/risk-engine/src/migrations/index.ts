import { CreateRiskSchema1764000000000 } from './1764000000000-create-risk-schema';
import { RulesAsData1796000000000 } from './1796000000000-rules-as-data';
import { CachedWritePath1797000000000 } from './1797000000000-cached-write-path';
import { MediationFeedbackRules1797300000000 } from './1797300000000-mediation-feedback-rules';
import { LevelChanges1798200000000 } from './1798200000000-level-changes';

/** Listed explicitly: the webpack bundle cannot glob a folder at run time. */
export const RISK_MIGRATIONS = [CreateRiskSchema1764000000000, RulesAsData1796000000000, CachedWritePath1797000000000, MediationFeedbackRules1797300000000, LevelChanges1798200000000];
