import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { Acknowledgement, AlertThread } from '../../api/notifier';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LevelBadge } from '../../components/LevelBadge';
import { formatAge } from '../../i18n/format';
import { DeliveryLog } from './DeliveryLog';
import { EscalationState } from './EscalationState';
import { SilenceForm } from './SilenceForm';

/** One alert thread: level, enterprise, age, escalation state, and acknowledge / silence / delivery log. */
export function InboxRow({ thread, enterpriseName, canSilence, onChanged }: { thread: AlertThread; enterpriseName: string; canSilence: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'silence' | 'deliveries' | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const acknowledge = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api<Acknowledgement>('notifier', `/threads/${thread.id}/acknowledge`, { method: 'POST' });
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <tr data-testid="inbox-row" data-thread-id={thread.id} data-alert-id={thread.alertId} data-enterprise-id={thread.enterpriseId} data-level={thread.level}>
        <td className="inline">
          <LevelBadge level={thread.level} />
        </td>
        <td className="inline">
          <Link to={`/enterprises/${thread.enterpriseId}`} state={{ name: enterpriseName }}>
            {enterpriseName}
          </Link>
          <div className="small muted">{t(`inbox.categories.${thread.category}`, { defaultValue: thread.category })}</div>
        </td>
        <td className="inline muted" title={thread.openedAt}>
          {formatAge(thread.openedAt)}
        </td>
        <td>
          <EscalationState thread={thread} />
        </td>
        <td>
          <div className="row">
            {thread.acknowledgedAt ? (
              <span className="small" data-testid="acknowledged">
                ✓ {t('inbox.acknowledged')}
              </span>
            ) : (
              <button type="button" className="primary" data-testid="acknowledge-button" disabled={busy} onClick={() => void acknowledge()}>
                {t('inbox.acknowledge')}
              </button>
            )}
            {canSilence && (
              <button type="button" data-testid="silence-button" onClick={() => setOpen(open === 'silence' ? null : 'silence')}>
                {t('inbox.silence')}
              </button>
            )}
            <button type="button" className="link-button" data-testid="deliveries-button" onClick={() => setOpen(open === 'deliveries' ? null : 'deliveries')}>
              {t('inbox.deliveries')}
            </button>
          </div>
          <ErrorNotice error={error} />
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={5}>
            {open === 'silence' ? (
              <SilenceForm
                thread={thread}
                onDone={() => {
                  setOpen(null);
                  onChanged();
                }}
              />
            ) : (
              <DeliveryLog alertId={thread.alertId} />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
