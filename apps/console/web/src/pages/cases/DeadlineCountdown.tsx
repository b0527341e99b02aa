import { useTranslation } from 'react-i18next';
import type { CaseCountdown } from './case-deadline';

/** "2 working days left · due 2026-10-10 (acceptance)", red once overdue. */
export function DeadlineCountdown({ countdown }: { countdown: CaseCountdown | null }) {
  const { t } = useTranslation();
  if (!countdown) return <span className="muted">—</span>;
  const { workingDaysLeft, overdue, dueDay, kind, exact } = countdown;
  const left = overdue
    ? t('cases.deadline.overdue', { count: Math.abs(workingDaysLeft) })
    : workingDaysLeft === 0
      ? t('cases.deadline.today')
      : t('cases.deadline.left', { count: workingDaysLeft });
  return (
    <span
      className={`case-deadline${overdue ? ' overdue' : workingDaysLeft <= 1 ? ' soon' : ''}`}
      data-testid="case-deadline"
      data-overdue={overdue}
      data-working-days-left={workingDaysLeft}
    >
      <b>{left}</b>
      <span className="muted">
        {' '}
        · {t('cases.deadline.due', { day: dueDay })} · {t(`cases.deadline.kind.${kind}`)}
        {exact ? '' : ` (${t('cases.deadline.approximate')})`}
      </span>
    </span>
  );
}
