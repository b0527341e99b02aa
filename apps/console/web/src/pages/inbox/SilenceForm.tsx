import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AlertThread } from '../../api/notifier';
import { ErrorNotice } from '../../components/ErrorNotice';

/** `<input type="datetime-local">` wants local time without a zone. */
function localInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** Mutes this enterprise's alerts of this category until a chosen time, with a reason for the audit trail. */
export function SilenceForm({ thread, onDone }: { thread: AlertThread; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [endsAt, setEndsAt] = useState(() => localInputValue(new Date(Date.now() + 24 * 3600_000)));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api('notifier', '/silences', {
        method: 'POST',
        body: { enterpriseId: thread.enterpriseId, category: thread.category, endsAt: new Date(endsAt).toISOString(), reason },
      });
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="dialog" onSubmit={(event) => void submit(event)} data-testid="silence-form">
      <label>
        {t('inbox.silenceReason')}
        <input data-testid="silence-reason" required maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      <label>
        {t('inbox.silenceUntil')}
        <input data-testid="silence-ends-at" type="datetime-local" required min={localInputValue(new Date())} value={endsAt} onChange={(event) => setEndsAt(event.target.value)} />
      </label>
      <button type="submit" className="primary" data-testid="silence-submit" disabled={busy}>
        {t('inbox.silenceSubmit')}
      </button>
      <button type="button" onClick={onDone}>
        {t('app.cancel')}
      </button>
      <ErrorNotice error={error} />
    </form>
  );
}
