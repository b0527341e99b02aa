import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getEnterprise } from '../../api/admin';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DirectorySelect } from './DirectorySelect';
import type { Directory } from './use-directory';

/** One enterprise's contacts: its consultation committee of three and its union chair, as routing reads them. */
export function CommitteesTab({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const [enterpriseId, setEnterpriseId] = useState(directory.enterprises[0]?.enterpriseId ?? '');
  const { data, error } = useApi((signal) => (enterpriseId ? getEnterprise(enterpriseId, signal) : Promise.resolve(null)), [enterpriseId]);
  const options = directory.enterprises.map((enterprise) => ({ id: enterprise.enterpriseId, name: enterprise.name }));

  return (
    <div data-testid="admin-committees">
      <div className="card">
        <DirectorySelect label={t('admin.fields.enterprise')} value={enterpriseId} options={options} onChange={setEnterpriseId} testId="admin-committee-enterprise" />
        <p className="muted">{t('admin.committees.hint')}</p>
        <ErrorNotice error={error} />
        {data && (
          <div className="table-wrap">
            <table data-testid="admin-committee-table">
              <thead>
                <tr>
                  <th>{t('admin.fields.role')}</th>
                  <th>{t('admin.fields.name')}</th>
                  <th className="hide-narrow">{t('admin.fields.email')}</th>
                </tr>
              </thead>
              <tbody>
                <tr data-testid="admin-committee-row" data-role="liaison">
                  <td>{t('admin.contactRoles.liaison')}</td>
                  <td>{directory.personName(data.profile.liaisonPersonId)}</td>
                  <td className="hide-narrow">—</td>
                </tr>
                {data.contacts.map((contact) => (
                  <tr key={`${contact.role}-${contact.personId}`} data-testid="admin-committee-row" data-role={contact.role}>
                    <td>{t(`admin.contactRoles.${contact.role}`, { defaultValue: contact.role })}</td>
                    <td>{contact.name}</td>
                    <td className="hide-narrow wrap-ids">{contact.email ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
