import { useTranslation } from 'react-i18next';
import type { Forecast } from '../../api/risk';
import { LevelBadge } from '../../components/LevelBadge';
import { formatDay } from '../../i18n/format';

/** Where the enterprise is heading in 30 and 60 days if nothing new is reported. */
export function ForecastCard({ forecast }: { forecast: Forecast | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="enterprise-forecast">
      <h2>{t('enterprise.forecast')}</h2>
      <p className="muted small">{t('enterprise.forecastNote')}</p>
      {!forecast || forecast.forecasts.length === 0 ? (
        <p className="muted">{t('enterprise.noForecast')}</p>
      ) : (
        <table>
          <tbody>
            {forecast.forecasts.map((row) => (
              <tr key={row.horizonDays} data-testid={`forecast-${row.horizonDays}`}>
                <th>{t('enterprise.inDays', { count: row.horizonDays })}</th>
                <td>
                  <LevelBadge level={row.level} />
                </td>
                <td className="num">{Math.round(row.score)}</td>
                <td className="small">
                  <span className="muted">{formatDay(row.day)}</span>
                  {row.drivers.length > 0 && <div>{row.drivers.slice(0, 3).map((driver) => driver.title).join(' · ')}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
