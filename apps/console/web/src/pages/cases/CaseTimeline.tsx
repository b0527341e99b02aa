import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import type { CaseTransitionRow } from '../../api/cases';
import type { DirectoryNames } from './use-directory-names';

/** Every transition, oldest first: from which stage to which, by what command, who and when. */
export function CaseTimeline({ transitions, names }: { transitions: CaseTransitionRow[]; names: DirectoryNames }) {
  const { t } = useTranslation();
  if (transitions.length === 0) return <p className="muted">{t('app.empty')}</p>;
  return (
    <ol className="timeline" data-testid="case-timeline">
      {transitions.map((row, index) => (
        <li key={`${row.at}-${index}`} data-testid="case-transition" data-command={row.command ?? 'opened'} data-to={row.toStatus}>
          <div>
            <b>{t(`cases.commands.${row.command ?? 'opened'}`, { defaultValue: row.command ?? '' })}</b>
            {' → '}
            <span className="stage">{t(`cases.stages.${row.toStatus}`, { defaultValue: row.toStatus })}</span>
          </div>
          <div className="muted">
            {formatDateTime(row.at)} · {names.person(row.actor)}
          </div>
          {row.note && <div className="muted">{row.note}</div>}
        </li>
      ))}
    </ol>
  );
}
