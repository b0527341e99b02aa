import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import './admin.css';

/**
 * A failed action: the server's message (a 409's workflow message, a 403's refusal) and, for a
 * 400, every field path it named, so the form says which field to fix.
 */
export function ProblemsNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problems = error instanceof ApiError ? error.problems : [];
  const message = error instanceof ApiError && error.status === 403 ? `${t('errors.forbidden')} (${error.message})` : null;
  return (
    <div data-testid="problems">
      {message ? (
        <p className="error" role="alert" data-testid="error">
          {message}
        </p>
      ) : (
        <ErrorNotice error={error} />
      )}
      {problems.length > 0 && (
        <ul className="error problem-list">
          {problems.map((problem, index) => (
            <li key={`${problem.path}-${index}`} data-testid="problem" data-path={problem.path}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
