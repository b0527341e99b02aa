import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_LANGUAGES, type Person, STAFF_ROLES, createPerson, setAccountDisabled } from '../../api/admin';
import { useSession } from '../../app/use-session';
import { ProblemsNotice } from './ProblemsNotice';
import { useAction } from './use-action';
import type { Directory } from './use-directory';

const EMPTY = { name: '', email: '', phone: '', language: 'zh-CN', withAccount: false, roles: [] as string[], password: '', regionId: '', enterpriseId: '' };

/** People in the directory with their console roles and scope; a form to add one, with an account if they log in. */
export function PeopleTab({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const creating = useAction();
  const switching = useAction();
  const ownId = useSession()?.person.id;
  const enterpriseName = (id: string | null) => directory.enterprises.find((enterprise) => enterprise.enterpriseId === id)?.name ?? '—';

  const toggleRole = (role: string, on: boolean) => setForm({ ...form, roles: on ? [...form.roles, role] : form.roles.filter((r) => r !== role) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: form.name,
      email: form.email || null,
      phone: form.phone || null,
      language: form.language,
      ...(form.withAccount ? { account: { roles: form.roles, password: form.password, regionId: form.regionId || null, enterpriseId: form.enterpriseId || null } } : {}),
    };
    if (await creating.run(() => createPerson(body))) {
      setForm(EMPTY);
      directory.reload();
    }
  };

  const switchAccount = async (person: Person, disabled: boolean) => {
    if (await switching.run(() => setAccountDisabled(person.id, disabled))) directory.reload();
  };

  return (
    <div data-testid="admin-people">
      <form className="card admin-form" data-testid="admin-person-form" onSubmit={(event) => void submit(event)}>
        <h2 className="full">{t('admin.people.create')}</h2>
        <label>
          {t('admin.fields.name')}
          <input data-testid="admin-person-name" value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />
        </label>
        <label>
          {t('admin.fields.email')}
          <input data-testid="admin-person-email" type="email" value={form.email} onChange={(event) => setForm({ ...form, email: event.target.value })} />
        </label>
        <label>
          {t('admin.fields.phone')}
          <input data-testid="admin-person-phone" value={form.phone} onChange={(event) => setForm({ ...form, phone: event.target.value })} />
        </label>
        <label>
          {t('admin.fields.language')}
          <select data-testid="admin-person-language" value={form.language} onChange={(event) => setForm({ ...form, language: event.target.value })}>
            {PERSON_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`app.languages.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-check full">
          <input type="checkbox" data-testid="admin-person-account" checked={form.withAccount} onChange={(event) => setForm({ ...form, withAccount: event.target.checked })} />
          {t('admin.people.withAccount')}
        </label>
        {form.withAccount && (
          <>
            <div className="checks full" data-testid="admin-person-roles">
              {STAFF_ROLES.map((role) => (
                <label key={role}>
                  <input type="checkbox" data-testid={`admin-person-role-${role}`} checked={form.roles.includes(role)} onChange={(event) => toggleRole(role, event.target.checked)} />
                  {t(`admin.roles.${role}`)}
                </label>
              ))}
            </div>
            <label>
              {t('admin.fields.password')}
              <input data-testid="admin-person-password" type="password" autoComplete="new-password" value={form.password} onChange={(event) => setForm({ ...form, password: event.target.value })} />
            </label>
            <label>
              {t('admin.fields.scopeRegion')}
              <select data-testid="admin-person-region" value={form.regionId} onChange={(event) => setForm({ ...form, regionId: event.target.value })}>
                <option value="">—</option>
                {directory.regions.map((region) => (
                  <option key={region.id} value={region.id}>
                    {region.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('admin.fields.scopeEnterprise')}
              <select data-testid="admin-person-enterprise" value={form.enterpriseId} onChange={(event) => setForm({ ...form, enterpriseId: event.target.value })}>
                <option value="">—</option>
                {directory.enterprises.map((enterprise) => (
                  <option key={enterprise.enterpriseId} value={enterprise.enterpriseId}>
                    {enterprise.name}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <div className="full">
          <button type="submit" className="primary" data-testid="admin-person-submit" disabled={creating.busy}>
            {t('admin.create')}
          </button>
          <ProblemsNotice error={creating.error} />
        </div>
      </form>

      <div className="card table-wrap">
        <table data-testid="admin-people-table">
          <thead>
            <tr>
              <th>{t('admin.fields.name')}</th>
              <th>{t('admin.fields.roles')}</th>
              <th className="hide-narrow">{t('admin.fields.email')}</th>
              <th className="hide-narrow">{t('admin.fields.scope')}</th>
              <th>{t('admin.people.login')}</th>
            </tr>
          </thead>
          <tbody>
            {directory.people.map((person) => (
              <tr key={person.id} data-testid="admin-person-row" data-person-id={person.id}>
                <td>{person.name}</td>
                <td>
                  {person.account
                    ? person.account.roles.map((role) => t(`admin.roles.${role}`, { defaultValue: role })).join(', ') + (person.account.disabled ? ` (${t('admin.people.disabled')})` : '')
                    : '—'}
                </td>
                <td className="hide-narrow wrap-ids">{person.email ?? '—'}</td>
                <td className="hide-narrow">
                  {person.account?.enterpriseId ? enterpriseName(person.account.enterpriseId) : person.account ? directory.regionName(person.account.regionId) : '—'}
                </td>
                <td>
                  {/* An administrator cannot lock themself out (the API refuses it too). */}
                  {person.account && person.id !== ownId && (
                    <button
                      type="button"
                      data-testid="admin-person-login-switch"
                      disabled={switching.busy}
                      onClick={() => void switchAccount(person, !person.account?.disabled)}
                    >
                      {t(person.account.disabled ? 'admin.people.enableLogin' : 'admin.people.disableLogin')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ProblemsNotice error={switching.error} />
      </div>
    </div>
  );
}
