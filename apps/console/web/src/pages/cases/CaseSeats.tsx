import { useTranslation } from 'react-i18next';
import { formatDay } from '../../i18n/format';
import type { CaseDetail } from '../../api/cases';
import type { DirectoryNames } from './use-directory-names';

/** Who sits on the case, who has accepted, and why the assigner chose them (summary, ranking, exclusions). */
export function CaseSeats({ detail, names }: { detail: CaseDetail; names: DirectoryNames }) {
  const { t } = useTranslation();
  const { assignment } = detail;
  const accepted = new Set(detail.state.acceptedBy);
  return (
    <div data-testid="case-seats">
      {detail.mediators.length === 0 ? (
        <p className="muted">{t('cases.seats.none')}</p>
      ) : (
        <ul>
          {detail.mediators.map((seat) => (
            <li key={seat.mediatorId} data-testid="case-seat" data-mediator-id={seat.mediatorId} data-active={seat.active}>
              {names.person(seat.mediatorId)} · {formatDay(seat.assignedAt)} ·{' '}
              {seat.active ? (accepted.has(seat.mediatorId) ? t('cases.seats.accepted') : t('cases.seats.awaiting')) : t('cases.seats.released')}
            </li>
          ))}
        </ul>
      )}
      {assignment && (
        <div data-testid="case-why">
          <h3>{t('cases.seats.why')}</h3>
          <p>{assignment.summary}</p>
          <p className="muted">
            {t('cases.seats.considered', { count: assignment.considered, tier: t(`cases.tiers.${assignment.requiredTier}`, { defaultValue: assignment.requiredTier }) })}
          </p>
          {assignment.ranking.length > 0 && (
            <div className="table-wrap">
              <table data-testid="case-ranking">
                <thead>
                  <tr>
                    <th>#</th>
                    <th>{t('cases.seats.mediator')}</th>
                    <th className="num">{t('cases.seats.score')}</th>
                    <th className="hide-narrow">{t('cases.seats.parts')}</th>
                  </tr>
                </thead>
                <tbody>
                  {assignment.ranking.map((entry, index) => (
                    <tr key={entry.mediatorId}>
                      <td>{index + 1}</td>
                      <td>{names.person(entry.mediatorId)}</td>
                      <td className="num">{entry.score.toFixed(2)}</td>
                      <td className="hide-narrow score-parts">
                        {Object.entries(entry.parts)
                          .map(([part, value]) => `${part} ${value.toFixed(2)}`)
                          .join(' · ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {assignment.excluded.length > 0 && (
            <p className="muted">
              {t('cases.seats.excluded')}:{' '}
              {assignment.excluded.map((entry) => `${names.person(entry.mediatorId)} (${t(`cases.filters.${entry.filter}`, { defaultValue: entry.filter })})`).join(', ')}
            </p>
          )}
          {assignment.partyChoice && (
            <p className="muted">
              {t('cases.seats.partyChoice')}: {assignment.partyChoice.map((choice) => `${names.person(choice.mediatorId)} — ${choice.note}`).join('; ')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
