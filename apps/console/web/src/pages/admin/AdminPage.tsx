import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ApiKeysTab } from './ApiKeysTab';
import { CommitteesTab } from './CommitteesTab';
import { EnterprisesTab } from './EnterprisesTab';
import { MediatorsTab } from './MediatorsTab';
import { PeopleTab } from './PeopleTab';
import { RegionsTab } from './RegionsTab';
import { RoutingTab } from './RoutingTab';
import { type Directory, useDirectory } from './use-directory';
import './admin.css';

const TABS: Record<string, (props: { directory: Directory }) => React.ReactNode> = {
  regions: RegionsTab,
  enterprises: EnterprisesTab,
  people: PeopleTab,
  committees: CommitteesTab,
  mediators: MediatorsTab,
  apiKeys: ApiKeysTab,
  routing: RoutingTab,
};

/** Administration: one tab per directory entity (list and create form), API keys and alert routing; the tab is in the URL (?tab=). */
export function AdminPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') && params.get('tab')! in TABS ? params.get('tab')! : 'regions';
  const { directory, error, loading } = useDirectory();
  const Tab = TABS[tab];

  return (
    <div data-testid="admin-page" data-tab={tab}>
      <h1>{t('admin.title')}</h1>
      <div className="tabs" role="tablist">
        {Object.keys(TABS).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === tab}
            className={name === tab ? 'active' : undefined}
            data-testid={`admin-tab-${name}`}
            onClick={() => setParams({ tab: name })}
          >
            {t(`admin.tabs.${name}`)}
          </button>
        ))}
      </div>
      <ErrorNotice error={error} />
      {loading && !directory && <p className="muted">{t('app.loading')}</p>}
      {directory && <Tab directory={directory} />}
    </div>
  );
}
