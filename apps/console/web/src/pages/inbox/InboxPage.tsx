import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { AlertThread, PersonNotification } from '../../api/notifier';
import type { Board } from '../../api/risk';
import { useApi } from '../../api/use-api';
import { hasAnyRole, useSession } from '../../app/use-session';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LEVELS, type Level } from '../../components/LevelBadge';
import { useLiveUpdates } from '../../live/LiveUpdates';
import { InboxRow } from './InboxRow';

const SEVERITY = new Map<string, number>(LEVELS.map((level, index) => [level, index]));

/** My open alerts, most severe and oldest first, with acknowledge, silence and the escalation state. */
export function InboxPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { revision, connected } = useLiveUpdates();
  const [level, setLevel] = useState<Level | ''>('');
  const [status, setStatus] = useState<'open' | 'closed'>('open');

  const threads = useApi((signal) => api<{ items: AlertThread[] }>('notifier', '/threads', { query: { status, limit: 500 }, signal }), [status, revision]);
  // What this person was told carries the enterprise's name, which the thread itself does not.
  const told = useApi(
    (signal) => api<{ items: PersonNotification[] }>('notifier', `/people/${session?.person.id}/notifications`, { query: { limit: 200 }, signal }),
    [session?.person.id, revision],
  );

  // Threads carry no enterprise name: take it from the board's most severe enterprises (alerts are
  // about those), then from what this person was told.
  const board = useApi((signal) => api<Board>('risk', '/board', { query: { limit: 200 }, signal }).catch(() => undefined), [revision]);
  const names = useMemo(
    () =>
      new Map([
        ...(board.data?.enterprises ?? []).map((item) => [item.enterpriseId, item.name] as const),
        ...(told.data?.items ?? []).map((item) => [item.enterpriseId, item.body?.enterprise?.name ?? item.title] as const),
      ]),
    [board.data, told.data],
  );
  const rows = useMemo(
    () =>
      (threads.data?.items ?? [])
        .filter((thread) => !level || thread.level === level)
        .sort((a, b) => (SEVERITY.get(b.level) ?? 0) - (SEVERITY.get(a.level) ?? 0) || a.openedAt.localeCompare(b.openedAt)),
    [threads.data, level],
  );
  const canSilence = hasAnyRole(session, ['federation_staff']);

  return (
    <div data-testid="inbox-page">
      <div className="row page-head">
        <h1>{t('inbox.title')}</h1>
        <span className="small muted" data-testid="inbox-live" data-connected={connected}>
          {connected ? t('inbox.live') : t('inbox.notLive')}
        </span>
      </div>
      <div className="card filters">
        <label>
          {t('inbox.status')}
          <select data-testid="inbox-filter-status" value={status} onChange={(event) => setStatus(event.target.value as 'open' | 'closed')}>
            <option value="open">{t('inbox.statuses.open')}</option>
            <option value="closed">{t('inbox.statuses.closed')}</option>
          </select>
        </label>
        <label>
          {t('board.level')}
          <select data-testid="inbox-filter-level" value={level} onChange={(event) => setLevel(event.target.value as Level | '')}>
            <option value="">{t('board.all')}</option>
            {LEVELS.map((option) => (
              <option key={option} value={option}>
                {t(`levels.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNotice error={threads.error} />
      {!threads.data && threads.loading && <p className="muted">{t('app.loading')}</p>}
      {threads.data && (
        <section className="card">
          {rows.length === 0 ? (
            <p className="muted">{t('inbox.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="stack" data-testid="inbox-table">
                <thead>
                  <tr>
                    <th>{t('inbox.columns.level')}</th>
                    <th>{t('inbox.columns.enterprise')}</th>
                    <th>{t('inbox.columns.age')}</th>
                    <th>{t('inbox.columns.state')}</th>
                    <th>{t('inbox.columns.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((thread) => (
                    <InboxRow key={thread.id} thread={thread} enterpriseName={names.get(thread.enterpriseId) ?? thread.enterpriseId.slice(0, 8)} canSilence={canSilence} onChanged={threads.reload} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
