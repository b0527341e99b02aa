import { type Level, levelRank } from '@concord/risk-rules';
import type { ThreadCategory } from './thread-category';

/**
 * While an open thread of `sourceCategory` is at `sourceLevel` or above, the same enterprise's
 * other open threads below `sourceLevel` are muted (Alertmanager's inhibition: the big alert
 * mutes its children), and heard again when it closes.
 */
export interface InhibitionRule {
  sourceCategory: ThreadCategory;
  sourceLevel: Level;
}

/** A RED collective incident mutes the same enterprise's lower alerts. */
export const DEFAULT_INHIBITION_RULES: readonly InhibitionRule[] = Object.freeze([{ sourceCategory: 'collective_incident', sourceLevel: 'RED' }]);

export interface OpenThread {
  threadId: string;
  category: ThreadCategory;
  level: Level;
}

/** The open thread of the same enterprise that mutes `target`, if any. */
export function inhibitingThread(target: OpenThread, openThreadsOfEnterprise: readonly OpenThread[], rules: readonly InhibitionRule[] = DEFAULT_INHIBITION_RULES): OpenThread | undefined {
  return openThreadsOfEnterprise.find(
    (source) =>
      source.threadId !== target.threadId &&
      rules.some((rule) => source.category === rule.sourceCategory && levelRank(source.level) >= levelRank(rule.sourceLevel) && levelRank(target.level) < levelRank(rule.sourceLevel)),
  );
}
