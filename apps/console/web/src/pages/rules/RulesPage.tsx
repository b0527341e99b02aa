import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { getRuleSet, listRuleSets, ruleSetAudit } from '../../api/rules';
import { useApi } from '../../api/use-api';
import { useSession } from '../../app/use-session';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../i18n/format';
import { useDirectoryNames } from '../cases/use-directory-names';
import { BacktestPanel } from './BacktestPanel';
import { DraftEditor } from './DraftEditor';
import { PublishPanel } from './PublishPanel';
import { RuleHistory } from './RuleHistory';
import './rules.css';

/** 404 means "there is none": no draft yet. */
async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Rules as data: the published rule set, the one draft (editors), its backtest, publishing
 * (publishers who did not edit it), and the history with rollback. Controls a role may not use
 * are hidden; the risk-engine refuses them anyway.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const names = useDirectoryNames();
  const roles = session?.person.roles ?? [];
  const canEdit = roles.includes('rules_editor');
  const canPublish = roles.includes('rules_publisher');

  const { data, error, loading, reload } = useApi(
    async (signal) => {
      const [versions, audit, published, draft] = await Promise.all([
        listRuleSets(signal),
        ruleSetAudit(signal),
        orNull(getRuleSet('published', signal)),
        orNull(getRuleSet('draft', signal)),
      ]);
      return { versions, audit, published, draft };
    },
    [],
  );

  if (!data) return loading ? <p className="muted">{t('app.loading')}</p> : <ErrorNotice error={error} />;
  const { versions, audit, published, draft } = data;

  return (
    <div data-testid="rules-page">
      <h1>{t('rules.title')}</h1>
      <ErrorNotice error={error} />
      <section className="card" data-testid="rules-current">
        <h2>{t('rules.current.title')}</h2>
        {published ? (
          <dl className="kv">
            <dt>{t('rules.history.version')}</dt>
            <dd data-testid="rules-current-version">v{published.version}</dd>
            <dt>{t('rules.history.published')}</dt>
            <dd>
              {published.publishedAt ? `${names.person(published.publishedBy ?? '')} · ${formatDateTime(published.publishedAt)}` : '—'}
            </dd>
            <dt>{t('rules.current.reason')}</dt>
            <dd>{published.publishReason ?? '—'}</dd>
          </dl>
        ) : (
          <p className="muted">{t('app.empty')}</p>
        )}
      </section>
      <section className="card">
        <h2>{t('rules.draft.title')}</h2>
        <DraftEditor key={draft?.editedAt ?? `published-${published?.version}`} draft={draft} published={published} canEdit={canEdit} names={names} onSaved={reload} />
      </section>
      <div className="grid-2">
        <section className="card">
          <h2>{t('rules.backtest.title')}</h2>
          <BacktestPanel key={draft?.editedAt ?? 'none'} hasDraft={draft !== null} canRun={canEdit || canPublish} onRan={reload} />
        </section>
        {canPublish && (
          <section className="card">
            <h2>{t('rules.publish.title')}</h2>
            <PublishPanel draft={draft} me={session?.person.id ?? ''} onPublished={reload} />
          </section>
        )}
      </div>
      <section className="card">
        <h2>{t('rules.history.title')}</h2>
        <RuleHistory versions={versions} audit={audit} canRollback={canPublish} names={names} onRolledBack={reload} />
      </section>
    </div>
  );
}
