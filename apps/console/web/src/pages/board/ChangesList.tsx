import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BoardChange } from '../../api/risk';
import { LevelBadge } from '../../components/LevelBadge';
import { formatDateTime } from '../../i18n/format';

/** Level changes since yesterday, newest first. */
export function ChangesList({ changes }: { changes: BoardChange[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="board-changes">
      <h2>{t('board.changes')}</h2>
      {changes.length === 0 ? (
        <p className="muted">{t('board.noChanges')}</p>
      ) : (
        <ul className="timeline">
          {changes.map((change) => (
            <li key={change.enterpriseId} data-testid="board-change" data-enterprise-id={change.enterpriseId}>
              <Link to={`/enterprises/${change.enterpriseId}`} state={{ name: change.name }}>
                {change.name}
              </Link>
              <div className="row">
                {change.from ? <LevelBadge level={change.from} /> : <span className="muted">{t('board.new')}</span>}
                <span aria-hidden>→</span>
                <LevelBadge level={change.to} />
                <span className="muted">{formatDateTime(change.changedAt)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
