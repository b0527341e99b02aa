import type { Silence } from './silence';
import type { OpenThread } from './inhibition';

/** Why a thread is being told to people. */
export type NoticeReason = 'opened' | 'raised' | 'new_trigger' | 'repeat' | 'released' | 'escalated';

export type NoticeDecision =
  | { action: 'deliver' }
  | { action: 'suppress'; reason: 'silenced'; silence: Silence }
  | { action: 'suppress'; reason: 'inhibited'; by: OpenThread }
  | { action: 'skip'; why: 'closed' | 'acknowledged' | 'unchanged' };

export interface NoticeInput {
  reason: NoticeReason;
  thread: {
    status: 'open' | 'closed';
    revision: number;
    /** The revision last told to people; null before the first notice. */
    notifiedRevision: number | null;
    acknowledged: boolean;
  };
  silence: Silence | undefined;
  inhibitor: OpenThread | undefined;
}

/**
 * Whether a due notice of a thread goes out. A closed thread tells nobody; repeats and
 * escalations stop once someone acknowledges; a revision already told is not told again (a
 * redelivered or regrouped flush); a silence or an inhibiting thread mutes what is left, which is
 * recorded so it can be released later.
 */
export function decideNotice({ reason, thread, silence, inhibitor }: NoticeInput): NoticeDecision {
  if (thread.status === 'closed') return { action: 'skip', why: 'closed' };
  if ((reason === 'repeat' || reason === 'escalated') && thread.acknowledged) return { action: 'skip', why: 'acknowledged' };
  const tellsNewRevision = reason === 'opened' || reason === 'raised' || reason === 'new_trigger';
  if (tellsNewRevision && thread.notifiedRevision !== null && thread.notifiedRevision >= thread.revision) return { action: 'skip', why: 'unchanged' };
  if (silence) return { action: 'suppress', reason: 'silenced', silence };
  if (inhibitor) return { action: 'suppress', reason: 'inhibited', by: inhibitor };
  return { action: 'deliver' };
}
