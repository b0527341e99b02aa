import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createEnterprise } from '../../api/admin';
import { DirectorySelect } from './DirectorySelect';
import { ProblemsNotice } from './ProblemsNotice';
import { useAction } from './use-action';
import type { Directory } from './use-directory';

const EMPTY = { name: '', registeredCode: '', regionId: '', industry: '', headcount: '', liaisonPersonId: '', management: '', union: '', employee: '', chair: '' };

/** Enterprises with their region and size, and a form to register one with its liaison and consultation committee. */
export function EnterprisesTab({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const creating = useAction();
  const people = directory.people.map((person) => ({ id: person.id, name: person.name }));
  const communities = directory.regions.filter((region) => region.tier === 'community').map((region) => ({ id: region.id, name: region.name }));
  const set = (key: keyof typeof EMPTY) => (value: string) => setForm({ ...form, [key]: value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: form.name,
      registeredCode: form.registeredCode,
      regionId: form.regionId,
      industry: form.industry,
      headcount: Number(form.headcount),
      liaisonPersonId: form.liaisonPersonId,
      committee: { managementPersonId: form.management, unionPersonId: form.union, employeePersonId: form.employee },
      grassrootsUnionChairPersonId: form.chair || null,
    };
    if (await creating.run(() => createEnterprise(body))) {
      setForm(EMPTY);
      directory.reload();
    }
  };

  return (
    <div data-testid="admin-enterprises">
      <form className="card admin-form" data-testid="admin-enterprise-form" onSubmit={(event) => void submit(event)}>
        <h2 className="full">{t('admin.enterprises.create')}</h2>
        <label>
          {t('admin.fields.name')}
          <input data-testid="admin-enterprise-name" value={form.name} onChange={(event) => set('name')(event.target.value)} />
        </label>
        <label>
          {t('admin.fields.registeredCode')}
          <input data-testid="admin-enterprise-code" value={form.registeredCode} onChange={(event) => set('registeredCode')(event.target.value)} />
        </label>
        <DirectorySelect label={t('admin.fields.community')} value={form.regionId} options={communities} onChange={set('regionId')} testId="admin-enterprise-region" />
        <label>
          {t('admin.fields.industry')}
          <input data-testid="admin-enterprise-industry" placeholder="manufacturing" value={form.industry} onChange={(event) => set('industry')(event.target.value)} />
        </label>
        <label>
          {t('admin.fields.headcount')}
          <input data-testid="admin-enterprise-headcount" type="number" min={1} value={form.headcount} onChange={(event) => set('headcount')(event.target.value)} />
        </label>
        <DirectorySelect label={t('admin.fields.liaison')} value={form.liaisonPersonId} options={people} onChange={set('liaisonPersonId')} testId="admin-enterprise-liaison" />
        <DirectorySelect label={t('admin.contactRoles.committee_management')} value={form.management} options={people} onChange={set('management')} testId="admin-enterprise-management" />
        <DirectorySelect label={t('admin.contactRoles.committee_union')} value={form.union} options={people} onChange={set('union')} testId="admin-enterprise-union" />
        <DirectorySelect label={t('admin.contactRoles.committee_employee')} value={form.employee} options={people} onChange={set('employee')} testId="admin-enterprise-employee" />
        <DirectorySelect label={t('admin.contactRoles.grassroots_union_chair')} value={form.chair} options={people} onChange={set('chair')} testId="admin-enterprise-chair" />
        <div className="full">
          <button type="submit" className="primary" data-testid="admin-enterprise-submit" disabled={creating.busy}>
            {t('admin.create')}
          </button>
          <ProblemsNotice error={creating.error} />
        </div>
      </form>

      <div className="card table-wrap">
        <table data-testid="admin-enterprise-table">
          <thead>
            <tr>
              <th>{t('admin.fields.name')}</th>
              <th>{t('admin.fields.region')}</th>
              <th className="hide-narrow">{t('admin.fields.industry')}</th>
              <th className="num hide-narrow">{t('admin.fields.headcount')}</th>
              <th className="hide-narrow">{t('admin.fields.liaison')}</th>
            </tr>
          </thead>
          <tbody>
            {directory.enterprises.map((enterprise) => (
              <tr key={enterprise.enterpriseId} data-testid="admin-enterprise-row" data-enterprise-id={enterprise.enterpriseId}>
                <td>{enterprise.name}</td>
                <td>{enterprise.regionPath.slice(1).map(directory.regionName).join(' / ')}</td>
                <td className="hide-narrow">{enterprise.industry}</td>
                <td className="num hide-narrow">{enterprise.headcount}</td>
                <td className="hide-narrow">{directory.personName(enterprise.liaisonPersonId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
