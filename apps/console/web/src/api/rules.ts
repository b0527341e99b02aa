import { api } from './client';

/**
 * risk-engine's rules as data (apps/risk-engine/src/rules/http/rule-sets.controller.ts), through
 * the console's `/api/risk` proxy.
 */
export interface RuleSetSummary {
  version: number;
  status: 'draft' | 'published' | 'retired';
  basedOnVersion: number | null;
  editedBy: string;
  editedAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
  publishReason: string | null;
}

export interface RuleSetVersion extends RuleSetSummary {
  body: Record<string, unknown>;
}

export interface RuleSetAuditEntry {
  id: string;
  version: number;
  action: 'draft_saved' | 'backtested' | 'published' | 'rolled_back';
  actor: string;
  reason: string | null;
  details: Record<string, unknown>;
  at: string;
}

export interface LevelChange {
  enterpriseId: string;
  firstDay: string;
  liveLevelThen: string;
  draftLevelThen: string;
  liveLevelNow: string;
  draftLevelNow: string;
  days: { day: string; live: string; draft: string }[];
}

export interface BacktestOutcome {
  liveVersion: number;
  draftVersion: number;
  enterprises: number;
  evaluations: number;
  changes: LevelChange[];
}

export interface PublishOutcome {
  version: number;
  rescored: unknown;
}

export const listRuleSets = (signal?: AbortSignal) => api<RuleSetSummary[]>('risk', '/rule-sets', { signal });
export const ruleSetAudit = (signal?: AbortSignal) => api<RuleSetAuditEntry[]>('risk', '/rule-sets/audit', { query: { limit: 100 }, signal });
export const getRuleSet = (version: number | 'published' | 'draft', signal?: AbortSignal) => api<RuleSetVersion>('risk', `/rule-sets/${version}`, { signal });
export const saveDraft = (ruleSet: unknown) => api<RuleSetVersion>('risk', '/rule-sets/draft', { method: 'PUT', body: { ruleSet } });
export const backtestDraft = () => api<BacktestOutcome>('risk', '/rule-sets/draft/backtest', { method: 'POST' });
export const publishDraft = (reason: string) => api<PublishOutcome>('risk', '/rule-sets/draft/publish', { method: 'POST', body: { reason } });
export const rollbackTo = (toVersion: number, reason: string) => api<PublishOutcome>('risk', '/rule-sets/rollback', { method: 'POST', body: { toVersion, reason } });
