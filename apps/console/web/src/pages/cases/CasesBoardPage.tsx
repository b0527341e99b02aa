import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type CaseSummary, listCases } from '../../api/cases';
import { useApi } from '../../api/use-api';
import { useSession } from '../../app/use-session';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LevelBadge } from '../../components/LevelBadge';
import { useLiveUpdates } from '../../live/LiveUpdates';
import { type CaseCountdown, nextDeadline } from './case-deadline';
import { nextActionKey } from './case-commands';
import { DeadlineCountdown } from './DeadlineCountdown';
import { useDirectoryNames } from './use-directory-names';
import './cases.css';

const FINISHED = new Set(['closed']);

interface BoardRow {
  item: CaseSummary;
  countdown: CaseCountdown | null;
}

/**
 * A mediator's board: their cases with stage, next action and the next deadline counted down in
 * working days, the overdue and the soonest first. Staff see every case they may read, or only
 * their own.
 */
export function CasesBoardPage() {
  const { t } = useTranslation();
  const session = useSession();
  const names = useDirectoryNames();
  const { revision } = useLiveUpdates();
  const me = session?.person.id ?? '';
  const isStaff = Boolean(session?.person.roles.some((role) => role === 'admin' || role === 'federation_staff'));
  const [onlyMine, setOnlyMine] = useState(!isStaff);
  const [showClosed, setShowClosed] = useState(false);

  const { data, error, loading } = useApi(
    async (signal) => {
      const { items } = await listCases(signal);
      const shown = items.filter((item) => (!onlyMine || item.mediatorIds.includes(me)) && (showClosed || !FINISHED.has(item.status)));
      // Each listed case carries its state, which gives its deadlines (see the README).
      const now = new Date();
      return shown.map((item): BoardRow => ({ item, countdown: nextDeadline(item.state, now) }));
    },
    [onlyMine, showClosed, me, revision],
  );

  const rows = useMemo(() => [...(data ?? [])].sort(byUrgency), [data]);

  return (
    <div data-testid="cases-board">
      <h1>{t('cases.board.title')}</h1>
      <div className="filters card">
        {isStaff && (
          <label className="inline-check">
            <input type="checkbox" data-testid="cases-only-mine" checked={onlyMine} onChange={(event) => setOnlyMine(event.target.checked)} />
            {t('cases.board.onlyMine')}
          </label>
        )}
        <label className="inline-check">
          <input type="checkbox" data-testid="cases-show-closed" checked={showClosed} onChange={(event) => setShowClosed(event.target.checked)} />
          {t('cases.board.showClosed')}
        </label>
        <span className="muted">{t('cases.board.workingDaysNote')}</span>
      </div>
      <ErrorNotice error={error} />
      {loading && !data && <p className="muted">{t('app.loading')}</p>}
      {data && rows.length === 0 && <p className="muted" data-testid="cases-empty">{t('cases.board.empty')}</p>}
      {rows.length > 0 && (
        <div className="card table-wrap">
          <table data-testid="cases-table">
            <thead>
              <tr>
                <th>{t('cases.fields.enterprise')}</th>
                <th>{t('cases.fields.stage')}</th>
                <th>{t('cases.fields.nextAction')}</th>
                <th>{t('cases.fields.deadline')}</th>
                <th className="hide-narrow">{t('cases.fields.level')}</th>
                <th className="hide-narrow">{t('cases.fields.category')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, countdown }) => {
                const next = nextActionKey(item.status);
                return (
                  <tr
                    key={item.id}
                    data-testid="case-row"
                    data-case-id={item.id}
                    data-stage={item.status}
                    data-overdue={Boolean(countdown?.overdue)}
                    className={countdown?.overdue ? 'case-overdue' : undefined}
                  >
                    <td>
                      <Link to={`/cases/${item.id}`} data-testid="case-row-link">
                        {item.enterpriseName ?? names.enterprise(item.enterpriseId)}
                      </Link>
                      {item.collective && <span className="muted"> · {t('cases.fields.collective')}</span>}
                    </td>
                    <td>
                      <span className="stage">{t(`cases.stages.${item.status}`)}</span>
                    </td>
                    <td>{next ? t(`cases.next.${next}`) : '—'}</td>
                    <td>
                      <DeadlineCountdown countdown={countdown} />
                    </td>
                    <td className="hide-narrow">
                      <LevelBadge level={item.level} />
                    </td>
                    <td className="hide-narrow">{t(`cases.categories.${item.category}`, { defaultValue: item.category })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** Overdue first, then the soonest deadline, then cases without one. */
function byUrgency(a: BoardRow, b: BoardRow): number {
  const at = (row: BoardRow) => row.countdown?.at.getTime() ?? Number.POSITIVE_INFINITY;
  return at(a) - at(b);
}
