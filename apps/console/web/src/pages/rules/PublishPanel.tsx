import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RuleSetVersion, publishDraft } from '../../api/rules';
import { ProblemsNotice } from '../admin/ProblemsNotice';

/** Publishing the draft, with a reason; only a publisher who did not edit the draft (separation of duties). */
export function PublishPanel({ draft, me, onPublished }: { draft: RuleSetVersion | null; me: string; onPublished: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const ownDraft = draft?.editedBy === me;

  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await publishDraft(reason);
      setReason('');
      setConfirming(false);
      onPublished();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (!draft) return <p className="muted">{t('rules.backtest.noDraft')}</p>;
  return (
    <div data-testid="rules-publish-panel">
      {ownDraft && <p className="notice">{t('rules.publish.ownDraft')}</p>}
      <label>
        {t('rules.publish.reason')}
        <input data-testid="rules-publish-reason" value={reason} maxLength={2000} onChange={(event) => setReason(event.target.value)} />
      </label>
      <div className="row rules-actions">
        {!confirming ? (
          <button type="button" className="primary" data-testid="rules-publish" disabled={ownDraft || reason.trim().length < 3} onClick={() => setConfirming(true)}>
            {t('rules.publish.button', { version: draft.version })}
          </button>
        ) : (
          <>
            <span>{t('rules.publish.confirm', { version: draft.version })}</span>
            <button type="button" className="primary" data-testid="rules-publish-confirm" disabled={busy} onClick={() => void publish()}>
              {t('rules.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('rules.cancel')}
            </button>
          </>
        )}
      </div>
      <ProblemsNotice error={error} />
    </div>
  );
}
