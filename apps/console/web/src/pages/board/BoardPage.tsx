import { SECTORS } from '@concord/risk-rules';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Board, Region } from '../../api/risk';
import { useApi } from '../../api/use-api';
import { EChart } from '../../components/EChart';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LEVEL_COLORS, LEVELS, type Level } from '../../components/LevelBadge';
import { formatDay } from '../../i18n/format';
import { useLiveUpdates } from '../../live/LiveUpdates';
import { rollupOption, trendOption } from './board-charts';
import { BoardTable } from './BoardTable';
import { ChangesList } from './ChangesList';
import { RegionFilter } from './RegionFilter';

const PAGE_SIZE = 50;

/** The risk board: enterprises by level in the chosen region, industry and level, with the region roll-up and trend. */
export function BoardPage() {
  const { t } = useTranslation();
  const { revision } = useLiveUpdates();
  const [path, setPath] = useState<string[]>([]);
  const [industry, setIndustry] = useState('');
  const [level, setLevel] = useState<Level | ''>('');
  const [offset, setOffset] = useState(0);
  const regionId = path.at(-1) ?? '';

  // The regions this person may see (none for a committee member, who has no region filter).
  const regions = useApi((signal) => api<Region[]>('console', '/regions', { signal }).catch(() => [] as Region[]), []);
  const board = useApi(
    (signal) => api<Board>('risk', '/board', { query: { regionId, industry, level, limit: PAGE_SIZE, offset }, signal }),
    [regionId, industry, level, offset, revision],
  );

  const names = useMemo(() => new Map((regions.data ?? []).map((region) => [region.id, region.name])), [regions.data]);
  const data = board.data;
  // Only regions this person may list have names (a committee member sees none; the chart is then left out).
  const namedRegions = useMemo(() => (data?.regions ?? []).filter((region) => names.has(region.regionId)), [data, names]);
  const rollup = useMemo(() => rollupOption(namedRegions, names, t), [namedRegions, names, t]);
  const trend = useMemo(() => (data ? trendOption(data.trend, t) : null), [data, t]);

  const filter = (change: () => void) => {
    change();
    setOffset(0);
  };
  const drillInto = (index: number) => {
    const region = namedRegions[index];
    if (region) filter(() => setPath([...path, region.regionId]));
  };

  return (
    <div data-testid="board-page">
      <div className="row page-head">
        <h1>{t('board.title')}</h1>
        {data && <span className="muted">{t('board.asOf', { day: formatDay(data.asOf) })}</span>}
      </div>

      <div className="card filters">
        <RegionFilter regions={regions.data ?? []} path={path} onChange={(next) => filter(() => setPath(next))} />
        <label>
          {t('board.industry')}
          <select data-testid="board-filter-industry" value={industry} onChange={(event) => filter(() => setIndustry(event.target.value))}>
            <option value="">{t('board.all')}</option>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`industries.${sector}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('board.level')}
          <select data-testid="board-filter-level" value={level} onChange={(event) => filter(() => setLevel(event.target.value as Level | ''))}>
            <option value="">{t('board.all')}</option>
            {LEVELS.map((option) => (
              <option key={option} value={option}>
                {t(`levels.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <ErrorNotice error={board.error} />
      {!data && board.loading && <p className="muted">{t('app.loading')}</p>}

      {data && (
        <>
          <div className="counts">
            {[...LEVELS].reverse().map((option) => (
              <button
                type="button"
                key={option}
                className={`count${level === option ? ' selected' : ''}`}
                style={{ background: LEVEL_COLORS[option] }}
                data-testid={`board-count-${option}`}
                onClick={() => filter(() => setLevel(level === option ? '' : option))}
              >
                <b>{data.counts[option] ?? 0}</b>
                {t(`levels.${option}`)}
              </button>
            ))}
          </div>

          <div className="grid-2">
            <section className="card">
              <h2>{t('board.rollup')}</h2>
              {namedRegions.length > 0 ? (
                <EChart option={rollup} testId="board-rollup-chart" onClick={drillInto} />
              ) : (
                <p className="muted">{t('board.noChildRegions')}</p>
              )}
            </section>
            <section className="card">
              <h2>{t('board.trend')}</h2>
              {trend && <EChart option={trend} testId="board-trend-chart" />}
            </section>
          </div>

          <div className="board-lower">
            <section className="card">
              <h2>
                {t('board.enterprises')} <span className="muted">({data.total})</span>
              </h2>
              <BoardTable items={data.enterprises} regionNames={names} />
              {data.total > PAGE_SIZE && (
                <div className="row pager">
                  <button type="button" data-testid="board-prev" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                    {t('board.previous')}
                  </button>
                  <span className="muted small">{t('board.range', { from: offset + 1, to: offset + data.enterprises.length, total: data.total })}</span>
                  <button type="button" data-testid="board-next" disabled={offset + PAGE_SIZE >= data.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                    {t('board.next')}
                  </button>
                </div>
              )}
            </section>
            <ChangesList changes={data.changes} />
          </div>
        </>
      )}
    </div>
  );
}
