import { type Level, levelRank } from '@concord/risk-rules';
import type { AlertLevel } from '../delivery/channels';
import type { ThreadCategory } from './thread-category';

/**
 * Staff mute notifications for a scope until `endsAt`, with a reason (Alertmanager's silences).
 * Unset scope fields match anything; a silence must name an enterprise or a region.
 */
export interface Silence {
  id: string;
  enterpriseId: string | null;
  /** Matches every enterprise whose region path contains it (a county silences its streets). */
  regionId: string | null;
  category: ThreadCategory | null;
  /** Matches levels up to this one; null for every level. */
  maxLevel: AlertLevel | null;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  createdBy: string;
}

export interface SilenceTarget {
  enterpriseId: string;
  regionPath: readonly string[];
  category: ThreadCategory;
  level: Level;
}

export function silenceMatches(silence: Silence, target: SilenceTarget, now: Date): boolean {
  if (now < silence.startsAt || now >= silence.endsAt) return false;
  if (silence.enterpriseId !== null && silence.enterpriseId !== target.enterpriseId) return false;
  if (silence.regionId !== null && !target.regionPath.includes(silence.regionId)) return false;
  if (silence.category !== null && silence.category !== target.category) return false;
  return silence.maxLevel === null || levelRank(target.level) <= levelRank(silence.maxLevel);
}

/** The active silence that mutes `target`, ending last (it decides when the target is heard again). */
export function mutingSilence(silences: readonly Silence[], target: SilenceTarget, now: Date): Silence | undefined {
  return silences.filter((silence) => silenceMatches(silence, target, now)).sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
}

/** Why a silence cannot be created, as field problems; empty when it can. */
export function silenceProblems(silence: Omit<Silence, 'id'>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (silence.enterpriseId === null && silence.regionId === null) problems.push({ path: 'enterpriseId', message: 'a silence names an enterprise or a region (a silence of everything would hide every alert)' });
  if (silence.endsAt <= silence.startsAt) problems.push({ path: 'endsAt', message: 'must be after startsAt' });
  if (silence.reason.trim() === '') problems.push({ path: 'reason', message: 'say why the notifications are muted' });
  return problems;
}
