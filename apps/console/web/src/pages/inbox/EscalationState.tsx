import { useTranslation } from 'react-i18next';
import type { AlertThread } from '../../api/notifier';
import { formatDateTime } from '../../i18n/format';

/** Where the thread stands: acknowledged, held back by a silence, or waiting with its next escalation due. */
export function EscalationState({ thread }: { thread: AlertThread }) {
  const { t } = useTranslation();
  let text: string;
  if (thread.acknowledgedAt) text = t('inbox.state.acknowledged', { at: formatDateTime(thread.acknowledgedAt) });
  else if (thread.suppressedBy?.startsWith('silenced')) text = t('inbox.state.silenced');
  else if (thread.suppressedBy) text = t('inbox.state.suppressed');
  else if (thread.escalateAt && thread.escalationStep === 0) text = t('inbox.state.dueAt', { at: formatDateTime(thread.escalateAt) });
  else if (thread.escalateAt) text = t('inbox.state.escalatesAt', { step: thread.escalationStep, at: formatDateTime(thread.escalateAt) });
  else if (thread.escalationStep > 0) text = t('inbox.state.escalated', { step: thread.escalationStep });
  else text = t('inbox.state.waiting');
  return (
    <span data-testid="escalation-state" className="small">
      {text}
    </span>
  );
}
