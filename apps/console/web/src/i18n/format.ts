import i18n from './index';

/** Dates in the chosen language's usual form; the API sends ISO strings (days or instants). */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** "3 h", "2 d": how long ago, for inbox ages. */
export function formatAge(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return i18n.t('time.minutes', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return i18n.t('time.hours', { count: hours });
  return i18n.t('time.days', { count: Math.round(hours / 24) });
}
