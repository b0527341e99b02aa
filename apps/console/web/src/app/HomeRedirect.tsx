import { Navigate } from 'react-router-dom';
import { routes } from './routes';
import { hasAnyRole, useSession } from './use-session';

/** `/` opens the first page this person's roles list in the navigation (the board for staff). */
export function HomeRedirect() {
  const session = useSession();
  const first = routes.find((route) => route.nav && hasAnyRole(session, route.nav.roles)) ?? routes[0];
  return <Navigate to={`/${first.path}`} replace />;
}
