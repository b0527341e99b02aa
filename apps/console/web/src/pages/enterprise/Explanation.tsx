import { useTranslation } from 'react-i18next';
import type { ExplanationItem } from '../../api/risk';
import { LevelBadge } from '../../components/LevelBadge';

/** Why the level is what it is: each fired rule with its values against its thresholds, evidence and legal basis. */
export function Explanation({ items, ruleSetVersion }: { items: ExplanationItem[]; ruleSetVersion: number }) {
  const { t } = useTranslation();
  const ordered = [...items].sort((a, b) => b.points * b.weight - a.points * a.weight);
  return (
    <section className="card" data-testid="explanation">
      <h2>{t('enterprise.explanation')}</h2>
      <p className="muted small">{t('enterprise.ruleSet', { version: ruleSetVersion })}</p>
      {ordered.length === 0 && <p className="muted">{t('enterprise.noRules')}</p>}
      {ordered.map((item) => (
        <div className="explanation-item" key={item.ruleId} data-testid="explanation-item" data-rule-id={item.ruleId}>
          <div className="row">
            <h3>{item.title}</h3>
            {item.floor && (
              <span className="small muted">
                {t('enterprise.floor')} <LevelBadge level={item.floor} />
              </span>
            )}
            {item.trigger && <span className="tag">{t('enterprise.trigger')}</span>}
          </div>
          <p>{item.summary}</p>
          <dl className="kv">
            <dt>{t('enterprise.points')}</dt>
            <dd>
              {item.points}
              {item.weight !== 1 && ` × ${item.weight.toFixed(2)}`}
            </dd>
            {Object.entries(item.values).map(([name, value]) => (
              <ValueRow key={name} name={name} value={value} threshold={item.thresholds[name]} />
            ))}
            <dt>{t('enterprise.evidence')}</dt>
            <dd>{t('enterprise.evidenceCount', { count: item.evidenceEventIds.length })}</dd>
            <dt>{t('enterprise.legalBasis')}</dt>
            <dd data-testid="legal-basis">{item.legalBasis}</dd>
          </dl>
        </div>
      ))}
    </section>
  );
}

function ValueRow({ name, value, threshold }: { name: string; value: number | string; threshold: number | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{name}</dt>
      <dd>
        {typeof value === 'number' ? Number(value.toFixed(2)) : value}
        {threshold !== undefined && <span className="muted"> ({t('enterprise.threshold', { value: threshold })})</span>}
      </dd>
    </>
  );
}
