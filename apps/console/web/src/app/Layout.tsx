import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { clearSession } from '../api/session';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Toasts } from '../live/Toasts';
import { routes } from './routes';
import { hasAnyRole, useSession } from './use-session';

/** The logged-in frame: brand, navigation, language switch, the person and logout; pages render below. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // A new page starts at its top, not at the scroll position of the one the link was on.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  const links = routes.filter((route) => route.nav && hasAnyRole(session, route.nav.roles));

  const logOut = () => {
    clearSession();
    void navigate('/login', { replace: true });
  };

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav className="nav" aria-label={t('nav.label')}>
          {links.map((route) => (
            <NavLink key={route.path} to={`/${route.path}`} data-testid={route.nav!.testId} className={({ isActive }) => (isActive ? 'active' : undefined)}>
              {t(route.nav!.labelKey)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-end">
          <LanguageSwitch />
          <span className="person" data-testid="current-person">
            {session?.person.name}
          </span>
          <button type="button" className="link-button" data-testid="logout" onClick={logOut}>
            {t('app.logout')}
          </button>
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
      <Toasts />
    </div>
  );
}
