import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A failed load or action, in the server's own words when it gave some. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? (error.status === 403 ? t('errors.forbidden') : error.message) : t('errors.network');
  return (
    <p className="error" role="alert" data-testid="error">
      {message}
    </p>
  );
}
