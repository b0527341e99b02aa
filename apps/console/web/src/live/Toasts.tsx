import { useTranslation } from 'react-i18next';
import { useLiveUpdates } from './LiveUpdates';

/** Live-update notices in a corner; each goes away by itself or when closed. */
export function Toasts() {
  const { t } = useTranslation();
  const { toasts, dismiss } = useLiveUpdates();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast level-border-${toast.level ?? 'none'}`} data-testid="toast">
          <span>{toast.text}</span>
          <button type="button" className="link-button" aria-label={t('app.close')} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
