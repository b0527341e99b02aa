import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGION_CONTACT_ROLES, REGION_TIERS, addRegionContact, createRegion } from '../../api/admin';
import { ProblemsNotice } from './ProblemsNotice';
import { useAction } from './use-action';
import type { Directory } from './use-directory';

/** Regions (county → street → community) as a list, a form to add one, and a form to name a region's contacts. */
export function RegionsTab({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const [region, setRegion] = useState({ name: '', tier: 'street', parentId: '' });
  const [contact, setContact] = useState<{ regionId: string; personId: string; role: string }>({ regionId: '', personId: '', role: REGION_CONTACT_ROLES[0] });
  const [added, setAdded] = useState(false);
  const creating = useAction();
  const adding = useAction();
  const parentTier = REGION_TIERS[REGION_TIERS.indexOf(region.tier as (typeof REGION_TIERS)[number]) - 1];

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const created = await creating.run(() => createRegion({ name: region.name, tier: region.tier, parentId: region.parentId || null }));
    if (created) {
      setRegion({ ...region, name: '' });
      directory.reload();
    }
  };
  const addContact = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    const done = await adding.run(() => addRegionContact(contact));
    if (done) setAdded(true);
  };

  return (
    <div data-testid="admin-regions">
      <form className="card admin-form" data-testid="admin-region-form" onSubmit={(event) => void create(event)}>
        <h2 className="full">{t('admin.regions.create')}</h2>
        <label>
          {t('admin.fields.name')}
          <input data-testid="admin-region-name" value={region.name} onChange={(event) => setRegion({ ...region, name: event.target.value })} />
        </label>
        <label>
          {t('admin.fields.tier')}
          <select data-testid="admin-region-tier" value={region.tier} onChange={(event) => setRegion({ ...region, tier: event.target.value, parentId: '' })}>
            {REGION_TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`admin.tiers.${tier}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('admin.fields.parent')}
          <select data-testid="admin-region-parent" value={region.parentId} onChange={(event) => setRegion({ ...region, parentId: event.target.value })}>
            <option value="">—</option>
            {directory.regions
              .filter((candidate) => candidate.tier === parentTier)
              .map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
          </select>
        </label>
        <div className="full">
          <button type="submit" className="primary" data-testid="admin-region-submit" disabled={creating.busy}>
            {t('admin.create')}
          </button>
          <ProblemsNotice error={creating.error} />
        </div>
      </form>

      <div className="card table-wrap">
        <table data-testid="admin-region-table">
          <thead>
            <tr>
              <th>{t('admin.fields.name')}</th>
              <th>{t('admin.fields.tier')}</th>
              <th>{t('admin.fields.parent')}</th>
            </tr>
          </thead>
          <tbody>
            {[...directory.regions]
              .sort((a, b) => REGION_TIERS.indexOf(a.tier) - REGION_TIERS.indexOf(b.tier) || a.name.localeCompare(b.name))
              .map((row) => (
                <tr key={row.id} data-testid="admin-region-row" data-region-id={row.id}>
                  <td>{row.name}</td>
                  <td>{t(`admin.tiers.${row.tier}`)}</td>
                  <td>{directory.regionName(row.parentId)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      <form className="card admin-form" data-testid="admin-region-contact-form" onSubmit={(event) => void addContact(event)}>
        <h2 className="full">{t('admin.regions.contact')}</h2>
        <p className="muted full">{t('admin.regions.contactHint')}</p>
        <label>
          {t('admin.fields.region')}
          <select data-testid="admin-region-contact-region" value={contact.regionId} onChange={(event) => setContact({ ...contact, regionId: event.target.value })}>
            <option value="">—</option>
            {directory.regions.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('admin.fields.person')}
          <select data-testid="admin-region-contact-person" value={contact.personId} onChange={(event) => setContact({ ...contact, personId: event.target.value })}>
            <option value="">—</option>
            {directory.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('admin.fields.role')}
          <select data-testid="admin-region-contact-role" value={contact.role} onChange={(event) => setContact({ ...contact, role: event.target.value })}>
            {REGION_CONTACT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`admin.contactRoles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="full">
          <button type="submit" className="primary" data-testid="admin-region-contact-submit" disabled={adding.busy}>
            {t('admin.add')}
          </button>
          {added && <span> {t('admin.saved')}</span>}
          <ProblemsNotice error={adding.error} />
        </div>
      </form>
    </div>
  );
}
