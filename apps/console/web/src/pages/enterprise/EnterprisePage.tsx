import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { CaseSummary } from '../../api/cases';
import { api } from '../../api/client';
import type { EnterpriseRisk, Forecast, Region, RiskAlert, ScorePoint } from '../../api/risk';
import { useApi } from '../../api/use-api';
import { EChart } from '../../components/EChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LevelBadge } from '../../components/LevelBadge';
import { formatDateTime } from '../../i18n/format';
import { useLiveUpdates } from '../../live/LiveUpdates';
import { AlertsAndCases } from './AlertsAndCases';
import { Explanation } from './Explanation';
import { ForecastCard } from './ForecastCard';
import { scoreOption } from './score-chart';
import { Timeline } from './Timeline';

interface EnterpriseDetails {
  profile: { name: string; industry: string; headcount: number; regionPath: string[] };
}

/** One enterprise: level and score over time, why, where it is heading, its alerts and cases. */
export function EnterprisePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { revision } = useLiveUpdates();
  const nameFromLink = (location.state as { name?: string } | null)?.name;

  const risk = useApi((signal) => api<EnterpriseRisk>('risk', `/enterprises/${id}/risk`, { signal }), [id, revision]);
  const scores = useApi((signal) => api<{ items: ScorePoint[] }>('risk', `/enterprises/${id}/scores`, { signal }), [id, revision]);
  const forecast = useApi((signal) => api<Forecast>('risk', `/enterprises/${id}/forecast`, { signal }), [id, revision]);
  const alerts = useApi((signal) => api<{ items: RiskAlert[] }>('risk', '/alerts', { query: { enterpriseId: id }, signal }), [id, revision]);
  const cases = useApi((signal) => api<{ items: CaseSummary[] }>('cases', '/cases', { query: { enterpriseId: id }, signal }), [id, revision]);
  // The directory's record has the name; a role that may not read it still has the name the board link carried.
  const details = useApi((signal) => api<EnterpriseDetails>('console', `/enterprises/${id}`, { signal }), [id]);
  const regions = useApi((signal) => api<Region[]>('console', '/regions', { signal }).catch(() => [] as Region[]), []);
  const regionNames = useMemo(() => new Map((regions.data ?? []).map((region) => [region.id, region.name])), [regions.data]);

  const chart = useMemo(() => (scores.data ? scoreOption(scores.data.items, t) : null), [scores.data, t]);
  const name = details.data?.profile.name ?? nameFromLink ?? id;
  const current = risk.data;

  return (
    <div data-testid="enterprise-page" data-enterprise-id={id}>
      <p className="small">
        <Link to="/board">← {t('enterprise.backToBoard')}</Link>
      </p>
      <div className="card">
        <div className="row page-head">
          <h1 data-testid="enterprise-name">{name}</h1>
          {current && (
            <div className="row">
              <span data-testid="enterprise-level">
                <LevelBadge level={current.level} />
              </span>
              <span>
                {t('enterprise.score')}: <b data-testid="enterprise-score">{Math.round(current.score)}</b>
              </span>
            </div>
          )}
        </div>
        {details.data && (
          <p className="muted small">
            {[details.data.profile.regionPath.map((regionId) => regionNames.get(regionId)).filter(Boolean).join(' / '), t(`industries.${details.data.profile.industry}`, { defaultValue: details.data.profile.industry }), t('enterprise.headcount', { count: details.data.profile.headcount })]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
        {current && <p className="muted small">{t('enterprise.assessedAt', { at: formatDateTime(current.scoredAt) })}</p>}
        <ErrorNotice error={risk.error} />
      </div>

      <div className="grid-2">
        <section className="card">
          <h2>{t('enterprise.history')}</h2>
          <ErrorNotice error={scores.error} />
          {chart && scores.data && scores.data.items.length > 0 ? <EChart option={chart} testId="enterprise-score-chart" /> : <p className="muted">{t('enterprise.noHistory')}</p>}
        </section>
        <ForecastCard forecast={forecast.data} />
      </div>

      <div className="grid-2">
        {current ? <Explanation items={current.explanation} ruleSetVersion={current.ruleSet.version} /> : <div />}
        <div>
          <AlertsAndCases alerts={alerts.data?.items ?? []} cases={cases.data?.items} casesError={cases.error} />
          <Timeline points={scores.data?.items ?? []} />
        </div>
      </div>
    </div>
  );
}
