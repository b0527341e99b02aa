import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { saveSession } from '../../api/session';
import { useSession } from '../../app/use-session';
import { LanguageSwitch } from '../../components/LanguageSwitch';

/** POST /v1/auth/login's answer (apps/console/src/auth/use-cases/log-in.use-case.ts). */
interface LoginAnswer {
  token: string;
  expiresIn: number;
  person: { id: string; name: string; roles: string[] };
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = location.state as { from?: string; expired?: boolean } | null;

  if (session) return <Navigate to={state?.from ?? '/'} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await api<LoginAnswer>('console', '/auth/login', { method: 'POST', body: { email, password } });
      saveSession({ token: answer.token, expiresAt: Date.now() + answer.expiresIn * 1000, person: answer.person });
      void navigate(state?.from ?? '/', { replace: true });
    } catch (caught) {
      setError(describeLoginError(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login-screen">
      <form className="card login-card" data-testid="login-form" onSubmit={(event) => void submit(event)}>
        <div className="login-head">
          <h1>{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{t('login.subtitle')}</p>
        {state?.expired && !error && <p className="notice">{t('login.expired')}</p>}
        <label>
          {t('login.email')}
          <input data-testid="login-email" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          {t('login.password')}
          <input data-testid="login-password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {error && (
          <p className="error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" data-testid="login-submit" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </div>
  );
}

function describeLoginError(caught: unknown, t: (key: string) => string): string {
  if (!(caught instanceof ApiError)) return t('errors.network');
  if (caught.status === 429) return t('login.tooMany');
  if (caught.status === 401) return t('login.badCredentials');
  return caught.message;
}
