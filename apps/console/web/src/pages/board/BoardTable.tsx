import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BoardEnterprise } from '../../api/risk';
import { LevelBadge } from '../../components/LevelBadge';
import { formatDay } from '../../i18n/format';

/** Enterprises in the filtered scope, most severe first (the server's order). */
export function BoardTable({ items, regionNames }: { items: BoardEnterprise[]; regionNames: Map<string, string> }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('board.noEnterprises')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="board-table">
        <thead>
          <tr>
            <th>{t('board.columns.level')}</th>
            <th>{t('board.columns.enterprise')}</th>
            <th className="num">{t('board.columns.score')}</th>
            <th className="hide-narrow">{t('board.columns.region')}</th>
            <th className="hide-narrow">{t('board.columns.industry')}</th>
            <th>{t('board.columns.since')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.enterpriseId} data-testid="board-row" data-enterprise-id={item.enterpriseId} data-level={item.level}>
              <td>
                <LevelBadge level={item.level} />
              </td>
              <td>
                <Link to={`/enterprises/${item.enterpriseId}`} state={{ name: item.name }} data-testid="board-row-link">
                  {item.name}
                </Link>
                {item.previousLevel && item.previousLevel !== item.level && (
                  <div className="muted small">{t('board.wasLevel', { level: t(`levels.${item.previousLevel}`) })}</div>
                )}
              </td>
              <td className="num">{Math.round(item.score)}</td>
              <td className="hide-narrow">{regionNames.get(item.regionId) ?? ''}</td>
              <td className="hide-narrow">{t(`industries.${item.industry}`, { defaultValue: item.industry })}</td>
              <td>{item.since ? formatDay(item.since) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
