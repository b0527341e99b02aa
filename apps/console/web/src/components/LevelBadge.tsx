import { useTranslation } from 'react-i18next';

export const LEVELS = ['GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED'] as const;
export type Level = (typeof LEVELS)[number];

/** The colours of the five warning levels, shared by badges and charts. */
export const LEVEL_COLORS: Record<Level, string> = {
  GREEN: '#2e9d5b',
  BLUE: '#2f6fdb',
  YELLOW: '#d4a106',
  ORANGE: '#ec7a12',
  RED: '#d93030',
};

export function LevelBadge({ level }: { level: string }) {
  const { t } = useTranslation();
  return (
    <span className={`level level-${level}`} data-testid="level-badge" data-level={level}>
      {t(`levels.${level}`, { defaultValue: level })}
    </span>
  );
}
