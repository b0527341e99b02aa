import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, ROUTING_LEVELS, type RoutingTable, getRouting, setRouting } from '../../api/admin';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { DirectorySelect } from './DirectorySelect';
import { ProblemsNotice } from './ProblemsNotice';
import { useAction } from './use-action';
import type { Directory } from './use-directory';

/** A region's routing table: from which level each contact role hears an alert (the notifier's defaults until set). */
export function RoutingTab({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const [regionId, setRegionId] = useState(directory.regions.find((region) => region.tier === 'county')?.id ?? '');
  const table = useApi((signal) => (regionId ? getRouting(regionId, signal) : Promise.resolve(null)), [regionId]);

  return (
    <div data-testid="admin-routing" className="card">
      <DirectorySelect label={t('admin.fields.region')} value={regionId} options={directory.regions} onChange={setRegionId} testId="admin-routing-region" />
      <ErrorNotice error={table.error} />
      {table.data && <RoutingEditor key={table.data.regionId} table={table.data} onSaved={table.reload} />}
    </div>
  );
}

/** The table's levels as selects; saving stores every role's level for the region. */
function RoutingEditor({ table, onSaved }: { table: RoutingTable; onSaved: () => void }) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<Record<string, string>>(table.minLevelByRole);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const save = async () => {
    setSaved(false);
    if (await action.run(() => setRouting(table.regionId, levels))) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <>
      <p className="muted" data-testid="admin-routing-custom" data-custom={table.custom}>
        {table.custom ? t('admin.routing.custom') : t('admin.routing.defaults')}
      </p>
      <div className="table-wrap">
        <table data-testid="admin-routing-table">
          <thead>
            <tr>
              <th>{t('admin.fields.role')}</th>
              <th>{t('admin.routing.fromLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {CONTACT_ROLES.map((role) => (
              <tr key={role} data-testid="admin-routing-row" data-role={role}>
                <td>{t(`admin.contactRoles.${role}`)}</td>
                <td>
                  <select data-testid={`admin-routing-level-${role}`} value={levels[role] ?? ''} onChange={(event) => setLevels({ ...levels, [role]: event.target.value })}>
                    {ROUTING_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {t(`levels.${level}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="primary" data-testid="admin-routing-save" disabled={action.busy} onClick={() => void save()}>
        {t('admin.save')}
      </button>
      {saved && <span> {t('admin.saved')}</span>}
      <ProblemsNotice error={action.error} />
    </>
  );
}
