import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDIATOR_AFFILIATIONS, MEDIATOR_TIERS, listMediators, registerMediator } from '../../api/admin';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DirectorySelect } from './DirectorySelect';
import { ProblemsNotice } from './ProblemsNotice';
import { listOf, useAction } from './use-action';
import type { Directory } from './use-directory';

const EMPTY = {
  personId: '',
  tiers: [] as string[],
  regionIds: [] as string[],
  languages: 'zh-CN',
  expertise: '',
  industries: '',
  capacity: '5',
  affiliation: '',
  active: true,
  unavailable: false,
};

/** The mediator roster with each one's availability and load limit, and a form to put someone on it. */
export function MediatorsTab({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const creating = useAction();
  const roster = useApi((signal) => listMediators(signal), []);
  const toggle = (key: 'tiers' | 'regionIds', value: string, on: boolean) =>
    setForm({ ...form, [key]: on ? [...form[key], value] : form[key].filter((item) => item !== value) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      personId: form.personId,
      active: form.active,
      unavailable: form.unavailable,
      tiers: form.tiers,
      regionIds: form.regionIds,
      languages: listOf(form.languages),
      expertise: listOf(form.expertise),
      industries: listOf(form.industries),
      capacity: Number(form.capacity),
      affiliation: form.affiliation || null,
    };
    if (await creating.run(() => registerMediator(body))) {
      setForm(EMPTY);
      roster.reload();
    }
  };

  return (
    <div data-testid="admin-mediators">
      <form className="card admin-form" data-testid="admin-mediator-form" onSubmit={(event) => void submit(event)}>
        <h2 className="full">{t('admin.mediators.create')}</h2>
        <DirectorySelect
          label={t('admin.fields.person')}
          value={form.personId}
          options={directory.people.map((person) => ({ id: person.id, name: person.name }))}
          onChange={(personId) => setForm({ ...form, personId })}
          testId="admin-mediator-person"
        />
        <label>
          {t('admin.fields.capacity')}
          <input data-testid="admin-mediator-capacity" type="number" min={0} value={form.capacity} onChange={(event) => setForm({ ...form, capacity: event.target.value })} />
        </label>
        <label>
          {t('admin.fields.affiliation')}
          <select data-testid="admin-mediator-affiliation" value={form.affiliation} onChange={(event) => setForm({ ...form, affiliation: event.target.value })}>
            <option value="">—</option>
            {MEDIATOR_AFFILIATIONS.map((affiliation) => (
              <option key={affiliation} value={affiliation}>
                {t(`admin.affiliations.${affiliation}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="full">
          <span className="muted">{t('admin.fields.tiers')}</span>
          <div className="checks" data-testid="admin-mediator-tiers">
            {MEDIATOR_TIERS.map((tier) => (
              <label key={tier}>
                <input type="checkbox" checked={form.tiers.includes(tier)} onChange={(event) => toggle('tiers', tier, event.target.checked)} />
                {t(`cases.tiers.${tier}`)}
              </label>
            ))}
          </div>
        </div>
        <div className="full">
          <span className="muted">{t('admin.fields.regions')}</span>
          <div className="checks" data-testid="admin-mediator-regions">
            {directory.regions
              .filter((region) => region.tier !== 'community')
              .map((region) => (
                <label key={region.id}>
                  <input type="checkbox" checked={form.regionIds.includes(region.id)} onChange={(event) => toggle('regionIds', region.id, event.target.checked)} />
                  {region.name}
                </label>
              ))}
          </div>
        </div>
        <label>
          {t('admin.fields.languages')}
          <input data-testid="admin-mediator-languages" value={form.languages} onChange={(event) => setForm({ ...form, languages: event.target.value })} />
        </label>
        <label>
          {t('admin.fields.expertise')}
          <input data-testid="admin-mediator-expertise" placeholder="pay, contracts" value={form.expertise} onChange={(event) => setForm({ ...form, expertise: event.target.value })} />
        </label>
        <label>
          {t('admin.fields.industries')}
          <input data-testid="admin-mediator-industries" placeholder="construction" value={form.industries} onChange={(event) => setForm({ ...form, industries: event.target.value })} />
        </label>
        <div className="checks full">
          <label>
            <input type="checkbox" checked={form.active} onChange={(event) => setForm({ ...form, active: event.target.checked })} />
            {t('admin.mediators.active')}
          </label>
          <label>
            <input type="checkbox" data-testid="admin-mediator-unavailable" checked={form.unavailable} onChange={(event) => setForm({ ...form, unavailable: event.target.checked })} />
            {t('admin.mediators.unavailable')}
          </label>
        </div>
        <div className="full">
          <button type="submit" className="primary" data-testid="admin-mediator-submit" disabled={creating.busy}>
            {t('admin.create')}
          </button>
          <ProblemsNotice error={creating.error} />
        </div>
      </form>

      <div className="card table-wrap">
        <ErrorNotice error={roster.error} />
        <table data-testid="admin-mediator-table">
          <thead>
            <tr>
              <th>{t('admin.fields.name')}</th>
              <th>{t('admin.mediators.availability')}</th>
              <th>{t('admin.fields.tiers')}</th>
              <th className="num">{t('admin.fields.capacity')}</th>
              <th className="hide-narrow">{t('admin.fields.regions')}</th>
              <th className="hide-narrow">{t('admin.fields.expertise')}</th>
              <th className="hide-narrow">{t('admin.fields.affiliation')}</th>
            </tr>
          </thead>
          <tbody>
            {(roster.data ?? []).map((entry) => (
              <tr key={entry.mediatorId} data-testid="admin-mediator-row" data-mediator-id={entry.mediatorId} data-available={entry.active && !entry.unavailable}>
                <td>{entry.name}</td>
                <td>{!entry.active ? t('admin.mediators.inactive') : entry.unavailable ? t('admin.mediators.unavailable') : t('admin.mediators.available')}</td>
                <td>{entry.tiers.map((tier) => t(`cases.tiers.${tier}`, { defaultValue: tier })).join(', ')}</td>
                <td className="num">{entry.capacity}</td>
                <td className="hide-narrow">{entry.regionIds.map(directory.regionName).join(', ')}</td>
                <td className="hide-narrow">{entry.expertise.join(', ')}</td>
                <td className="hide-narrow">{entry.affiliation ? t(`admin.affiliations.${entry.affiliation}`) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('admin.mediators.availabilityHint')}</p>
      </div>
    </div>
  );
}
