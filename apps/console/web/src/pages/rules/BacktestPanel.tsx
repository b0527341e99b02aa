import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BacktestOutcome, backtestDraft } from '../../api/rules';
import { LevelBadge } from '../../components/LevelBadge';
import { formatDay } from '../../i18n/format';
import { ProblemsNotice } from '../admin/ProblemsNotice';
import { useDirectoryNames } from '../cases/use-directory-names';

/** Replays recorded history through the live rules and the draft: which enterprises would change level, and from when. */
export function BacktestPanel({ hasDraft, canRun, onRan }: { hasDraft: boolean; canRun: boolean; onRan: () => void }) {
  const { t } = useTranslation();
  const names = useDirectoryNames();
  const [outcome, setOutcome] = useState<BacktestOutcome>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setOutcome(await backtestDraft());
      onRan();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="rules-backtest">
      {canRun ? (
        <button type="button" className="primary" data-testid="rules-backtest-run" disabled={busy || !hasDraft} onClick={() => void run()}>
          {busy ? t('rules.backtest.running') : t('rules.backtest.run')}
        </button>
      ) : (
        <p className="muted">{t('rules.backtest.notAllowed')}</p>
      )}
      {!hasDraft && <p className="muted">{t('rules.backtest.noDraft')}</p>}
      <ProblemsNotice error={error} />
      {outcome && (
        <div data-testid="rules-backtest-results" data-changes={outcome.changes.length}>
          <p>
            {t('rules.backtest.summary', {
              live: outcome.liveVersion,
              draft: outcome.draftVersion,
              enterprises: outcome.enterprises,
              evaluations: outcome.evaluations,
              changes: outcome.changes.length,
            })}
          </p>
          {outcome.changes.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>{t('rules.backtest.enterprise')}</th>
                    <th>{t('rules.backtest.now')}</th>
                    <th>{t('rules.backtest.firstDay')}</th>
                    <th className="hide-narrow">{t('rules.backtest.then')}</th>
                    <th className="num hide-narrow">{t('rules.backtest.days')}</th>
                  </tr>
                </thead>
                <tbody>
                  {outcome.changes.map((change) => (
                    <tr key={change.enterpriseId} data-testid="rules-backtest-row" data-enterprise-id={change.enterpriseId}>
                      <td>{names.enterprise(change.enterpriseId)}</td>
                      <td>
                        <LevelBadge level={change.liveLevelNow} /> → <LevelBadge level={change.draftLevelNow} />
                      </td>
                      <td>{formatDay(change.firstDay)}</td>
                      <td className="hide-narrow">
                        <LevelBadge level={change.liveLevelThen} /> → <LevelBadge level={change.draftLevelThen} />
                      </td>
                      <td className="num hide-narrow">{change.days.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
