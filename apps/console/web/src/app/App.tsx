import { useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { setUnauthenticatedHandler } from '../api/client';
import { LiveUpdatesProvider } from '../live/LiveUpdates';
import { LoginPage } from '../pages/login/LoginPage';
import { HomeRedirect } from './HomeRedirect';
import { Layout } from './Layout';
import { routes } from './routes';
import { useSession } from './use-session';

/** Sends every page behind the login; a 401 from any call lands here too and comes back after login. */
function RequireSession({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function UnauthenticatedRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    setUnauthenticatedHandler(() => void navigate('/login', { replace: true, state: { from: location.pathname + location.search, expired: true } }));
  }, [navigate, location]);
  return null;
}

export function App() {
  return (
    <BrowserRouter>
      <UnauthenticatedRedirect />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/"
          element={
            <RequireSession>
              <LiveUpdatesProvider>
                <Layout />
              </LiveUpdatesProvider>
            </RequireSession>
          }
        >
          <Route index element={<HomeRedirect />} />
          {routes.map((route) => (
            <Route key={route.path} path={route.path} element={route.element} />
          ))}
          <Route path="*" element={<HomeRedirect />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
