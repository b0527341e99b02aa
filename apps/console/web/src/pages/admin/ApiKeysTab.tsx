import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IssuedKey, issueApiKey, listApiKeys, revokeApiKey, rotateApiKey } from '../../api/admin';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../i18n/format';
import { DirectorySelect } from './DirectorySelect';
import { ProblemsNotice } from './ProblemsNotice';
import { useAction } from './use-action';
import type { Directory } from './use-directory';

/** An enterprise's ingest API keys: issue, rotate (the old key works for a grace period) and revoke; a new secret is shown once. */
export function ApiKeysTab({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const [enterpriseId, setEnterpriseId] = useState(directory.enterprises[0]?.enterpriseId ?? '');
  const [label, setLabel] = useState('');
  const [graceHours, setGraceHours] = useState('24');
  const [secret, setSecret] = useState<IssuedKey | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const action = useAction();
  const keys = useApi((signal) => (enterpriseId ? listApiKeys(enterpriseId, signal) : Promise.resolve([])), [enterpriseId]);

  const issue = async () => {
    const issued = await action.run(() => issueApiKey(enterpriseId, label));
    if (issued) {
      setSecret(issued);
      setLabel('');
      keys.reload();
    }
  };
  const rotate = async (keyId: string) => {
    const rotated = await action.run(() => rotateApiKey(keyId, Number(graceHours)));
    if (rotated) {
      setSecret(rotated);
      keys.reload();
    }
  };
  const revoke = async (keyId: string) => {
    await action.run(() => revokeApiKey(keyId));
    setRevoking(null);
    keys.reload();
  };

  return (
    <div data-testid="admin-api-keys">
      <div className="card admin-form">
        <DirectorySelect
          label={t('admin.fields.enterprise')}
          value={enterpriseId}
          options={directory.enterprises.map((enterprise) => ({ id: enterprise.enterpriseId, name: enterprise.name }))}
          onChange={(id) => {
            setEnterpriseId(id);
            setSecret(null);
          }}
          testId="admin-api-key-enterprise"
        />
        <label>
          {t('admin.apiKeys.label')}
          <input data-testid="admin-api-key-label" value={label} maxLength={100} onChange={(event) => setLabel(event.target.value)} />
        </label>
        <div>
          <button type="button" className="primary" data-testid="admin-api-key-issue" disabled={action.busy || !enterpriseId} onClick={() => void issue()}>
            {t('admin.apiKeys.issue')}
          </button>
        </div>
        {secret && (
          <div className="full" data-testid="admin-api-key-secret">
            <p className="notice">{t('admin.apiKeys.once')}</p>
            <p className="secret" data-testid="admin-api-key-secret-value">
              {secret.key}
            </p>
            {secret.previous && <p className="muted">{t('admin.apiKeys.previousUntil', { when: formatDateTime(secret.previous.validUntil) })}</p>}
            <button type="button" onClick={() => setSecret(null)}>
              {t('admin.apiKeys.stored')}
            </button>
          </div>
        )}
        <div className="full">
          <ProblemsNotice error={action.error} />
        </div>
      </div>
      <div className="card table-wrap">
        <ErrorNotice error={keys.error} />
        <label className="grace">
          {t('admin.apiKeys.graceHours')}
          <input data-testid="admin-api-key-grace" type="number" min={0} max={168} value={graceHours} onChange={(event) => setGraceHours(event.target.value)} />
        </label>
        <table data-testid="admin-api-key-table">
          <thead>
            <tr>
              <th>{t('admin.apiKeys.prefix')}</th>
              <th>{t('admin.apiKeys.label')}</th>
              <th>{t('admin.apiKeys.state')}</th>
              <th className="hide-narrow">{t('admin.apiKeys.lastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(keys.data ?? []).map((key) => (
              <tr key={key.keyId} data-testid="admin-api-key-row" data-key-id={key.keyId} data-active={key.active}>
                <td>
                  <code>{key.prefix}…</code>
                </td>
                <td>{key.label || '—'}</td>
                <td>
                  {key.active
                    ? key.expiresAt
                      ? t('admin.apiKeys.expires', { when: formatDateTime(key.expiresAt) })
                      : t('admin.apiKeys.active')
                    : t('admin.apiKeys.revoked')}
                </td>
                <td className="hide-narrow">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : '—'}</td>
                <td>
                  {key.active && (
                    <div className="row">
                      <button type="button" data-testid="admin-api-key-rotate" disabled={action.busy} onClick={() => void rotate(key.keyId)}>
                        {t('admin.apiKeys.rotate')}
                      </button>
                      {revoking === key.keyId ? (
                        <button type="button" className="primary" data-testid="admin-api-key-revoke-confirm" disabled={action.busy} onClick={() => void revoke(key.keyId)}>
                          {t('admin.apiKeys.revokeConfirm')}
                        </button>
                      ) : (
                        <button type="button" data-testid="admin-api-key-revoke" onClick={() => setRevoking(key.keyId)}>
                          {t('admin.apiKeys.revoke')}
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
