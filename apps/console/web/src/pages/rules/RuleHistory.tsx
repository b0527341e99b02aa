import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RuleSetAuditEntry, type RuleSetSummary, rollbackTo } from '../../api/rules';
import { formatDateTime } from '../../i18n/format';
import { ProblemsNotice } from '../admin/ProblemsNotice';
import type { DirectoryNames } from '../cases/use-directory-names';

interface Props {
  versions: RuleSetSummary[];
  audit: RuleSetAuditEntry[];
  canRollback: boolean;
  names: DirectoryNames;
  onRolledBack: () => void;
}

/** Every version with who edited and published it and why, the audit, and (for publishers) a rollback to a retired version. */
export function RuleHistory({ versions, audit, canRollback, names, onRolledBack }: Props) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const rollback = async (version: number) => {
    setBusy(true);
    setError(undefined);
    try {
      await rollbackTo(version, reason);
      setTarget(null);
      setReason('');
      onRolledBack();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="rules-history">
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t('rules.history.version')}</th>
              <th>{t('rules.history.status')}</th>
              <th className="hide-narrow">{t('rules.history.edited')}</th>
              <th>{t('rules.history.published')}</th>
              {canRollback && <th />}
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version} data-testid="rules-version" data-version={version.version} data-status={version.status}>
                <td>v{version.version}</td>
                <td>{t(`rules.status.${version.status}`)}</td>
                <td className="hide-narrow">
                  {names.person(version.editedBy)} · {formatDateTime(version.editedAt)}
                </td>
                <td>
                  {version.publishedAt ? `${names.person(version.publishedBy ?? '')} · ${formatDateTime(version.publishedAt)}` : '—'}
                  {version.publishReason && <div className="muted">{version.publishReason}</div>}
                </td>
                {canRollback && (
                  <td>
                    {version.status === 'retired' && (
                      <button type="button" data-testid={`rules-rollback-${version.version}`} onClick={() => setTarget(target === version.version ? null : version.version)}>
                        {t('rules.history.rollback')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {target !== null && (
        <div className="dialog" data-testid="rules-rollback-dialog">
          <label>
            {t('rules.history.rollbackReason', { version: target })}
            <input data-testid="rules-rollback-reason" value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="button" className="primary" data-testid="rules-rollback-confirm" disabled={busy || reason.trim().length < 3} onClick={() => void rollback(target)}>
            {t('rules.confirm')}
          </button>
          <button type="button" onClick={() => setTarget(null)}>
            {t('rules.cancel')}
          </button>
        </div>
      )}
      <ProblemsNotice error={error} />
      <h3 className="rules-audit-title">{t('rules.history.audit')}</h3>
      <ul className="timeline" data-testid="rules-audit">
        {audit.map((entry) => (
          <li key={entry.id} data-testid="rules-audit-entry" data-action={entry.action}>
            <b>{t(`rules.actions.${entry.action}`)}</b> v{entry.version} · {names.person(entry.actor)} · {formatDateTime(entry.at)}
            {entry.reason && <div className="muted">{entry.reason}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}
