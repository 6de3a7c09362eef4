import { BrowserRouter, Link, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './lib/auth';
import { I18nProvider, useI18n, type MessageKey } from './lib/i18n';
import { AgendaItemPage } from './pages/AgendaItemPage';
import { LoginPage } from './pages/LoginPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { FEATURE_ROUTES, PUBLIC_ROUTES } from './routes';

function Shell() {
  const { user, logout } = useAuth();
  const { t, lang, setLang } = useI18n();
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          Concordia
        </Link>
        <span className="spacer" />
        <button type="button" className="link" onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}>
          {t('language')}
        </button>
        {user && (
          <>
            <span className="who" data-testid="who">
              {user.name} · {t(`role.${user.role}` as MessageKey)}
              {user.delegation ? ` · ${user.delegation}` : ''}
            </span>
            <button type="button" className="link" onClick={() => void logout()}>
              {t('signOut')}
            </button>
          </>
        )}
      </header>
      <main>
        {user === undefined ? (
          <p>{t('loading')}</p>
        ) : user === null ? (
          <Routes>
            {PUBLIC_ROUTES.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
            <Route path="*" element={<LoginPage />} />
          </Routes>
        ) : (
          <Routes>
            <Route path="/" element={<Navigate to="/sessions" replace />} />
            <Route path="/sessions" element={<SessionsPage />} />
            <Route path="/sessions/:session" element={<SessionPage />} />
            <Route path="/sessions/:session/items/:item" element={<AgendaItemPage />} />
            {FEATURE_ROUTES.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
            <Route path="*" element={<p>{t('notFound')}</p>} />
          </Routes>
        )}
      </main>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <BrowserRouter>
          <Shell />
        </BrowserRouter>
      </AuthProvider>
    </I18nProvider>
  );
}
