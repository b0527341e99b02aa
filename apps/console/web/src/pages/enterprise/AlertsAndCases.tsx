import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseSummary } from '../../api/cases';
import type { RiskAlert } from '../../api/risk';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LevelBadge } from '../../components/LevelBadge';
import { formatDateTime } from '../../i18n/format';

/** The enterprise's alerts (open and resolved) and its mediation cases, each linking onward. */
export function AlertsAndCases({ alerts, cases, casesError }: { alerts: RiskAlert[]; cases: CaseSummary[] | undefined; casesError: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="card" data-testid="enterprise-alerts">
        <h2>{t('enterprise.alerts')}</h2>
        {alerts.length === 0 && <p className="muted">{t('enterprise.noAlerts')}</p>}
        <ul className="timeline">
          {alerts.map((alert) => (
            <li key={alert.alertId} data-alert-id={alert.alertId}>
              <div className="row">
                <LevelBadge level={alert.level} />
                <span>{t(`enterprise.alertStatus.${alert.status}`)}</span>
                <span className="muted small">{formatDateTime(alert.openedAt)}</span>
                {alert.status === 'open' && <Link to="/inbox">{t('enterprise.toInbox')}</Link>}
              </div>
              <div className="small muted">{alert.explanation.map((item) => item.title).join(' · ')}</div>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" data-testid="enterprise-cases">
        <h2>{t('enterprise.cases')}</h2>
        {/* A role without case access (e.g. committee member) gets 403 here; say so instead of failing the page. */}
        <ErrorNotice error={casesError} />
        {cases?.length === 0 && <p className="muted">{t('enterprise.noCases')}</p>}
        <ul className="timeline">
          {cases?.map((item) => (
            <li key={item.id}>
              <div className="row">
                <LevelBadge level={item.level} />
                <Link to={`/cases/${item.id}`}>{t(`cases.stages.${item.status}`, { defaultValue: item.status })}</Link>
                <span className="muted small">{formatDateTime(item.openedAt)}</span>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
