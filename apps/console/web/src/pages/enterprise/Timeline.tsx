import { useTranslation } from 'react-i18next';
import type { ScorePoint } from '../../api/risk';
import { LevelBadge } from '../../components/LevelBadge';
import { formatDay } from '../../i18n/format';

interface Moment {
  asOf: string;
  level: ScorePoint['level'];
  levelChanged: boolean;
  started: string[];
  ended: string[];
}

/**
 * What happened, from the assessment history: each assessment where the level changed or a rule
 * started or stopped firing (the risk engine has no per-event read API; each assessment was
 * triggered by an event and names the rules that event made fire).
 */
export function momentsOf(points: ScorePoint[]): Moment[] {
  const ordered = [...points].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.scoredAt.localeCompare(b.scoredAt));
  const moments: Moment[] = [];
  let previous: ScorePoint | undefined;
  for (const point of ordered) {
    const before = new Map((previous?.explanation ?? []).map((item) => [item.ruleId, item.title]));
    const now = new Map(point.explanation.map((item) => [item.ruleId, item.title]));
    const started = [...now].filter(([id]) => !before.has(id)).map(([, title]) => title);
    const ended = [...before].filter(([id]) => !now.has(id)).map(([, title]) => title);
    const levelChanged = previous !== undefined && previous.level !== point.level;
    if (!previous || levelChanged || started.length || ended.length) moments.push({ asOf: point.asOf, level: point.level, levelChanged, started, ended });
    previous = point;
  }
  return moments.reverse();
}

export function Timeline({ points }: { points: ScorePoint[] }) {
  const { t } = useTranslation();
  const moments = momentsOf(points);
  return (
    <section className="card" data-testid="enterprise-timeline">
      <h2>{t('enterprise.timeline')}</h2>
      {moments.length === 0 && <p className="muted">{t('enterprise.noHistory')}</p>}
      <ul className="timeline">
        {moments.map((moment, index) => (
          <li key={`${moment.asOf}-${index}`}>
            <div className="row">
              <span className="muted">{formatDay(moment.asOf)}</span>
              <LevelBadge level={moment.level} />
              {moment.levelChanged && <span className="small">{t('enterprise.levelChanged')}</span>}
            </div>
            {moment.started.map((title) => (
              <div key={`+${title}`} className="small">
                + {title}
              </div>
            ))}
            {moment.ended.map((title) => (
              <div key={`-${title}`} className="small muted">
                − {title}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
