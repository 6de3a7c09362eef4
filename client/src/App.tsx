import { useEffect } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { MantineProvider, Menu, NativeSelect, Text, UnstyledButton } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { LANGUAGES, isLang } from './i18n';
import { AuthProvider, useAuth } from './lib/auth';
import { useI18n, type MessageKey } from './lib/i18n';
import { newQueryClient } from './lib/query';
import { AgendaItemPage } from './pages/AgendaItemPage';
import { LoginPage } from './pages/LoginPage';
import { SessionPage } from './pages/SessionPage';
import { SessionsPage } from './pages/SessionsPage';
import { FEATURE_ROUTES, PUBLIC_ROUTES } from './routes';
import { theme } from './theme';

/**
 * On each navigation, focus moves to the new page's heading, so that a screen reader announces it and the
 * keyboard starts from the top of the new content (a single-page app does not do it by itself). Pages render
 * their heading once their data has arrived: wait for it.
 */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  useEffect(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const focus = () => {
      const h1 = main.querySelector('h1');
      if (!h1) return false;
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: false });
      return true;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => focus() && observer.disconnect());
    observer.observe(main, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), 10_000);
    return () => (observer.disconnect(), clearTimeout(stop));
  }, [pathname]);
}

function LanguageChoice() {
  const { t, lang, setLang } = useI18n();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('language')}
      value={lang}
      onChange={(e) => isLang(e.currentTarget.value) && setLang(e.currentTarget.value)}
      data={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
      data-testid="language"
    />
  );
}

function TopBar() {
  const { user, logout } = useAuth();
  const { t } = useI18n();
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        Concordia
      </Link>
      <span className="spacer" />
      <LanguageChoice />
      {user && (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton className="who" data-testid="who">
              <span className="who-name">{user.delegation ?? user.name}</span>
              <span className="who-role"> · {t(`role.${user.role}` as MessageKey)}</span>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('signedInAs')}</Menu.Label>
            <Text size="sm" px="sm" pb="xs">
              {user.name} · {t(`role.${user.role}` as MessageKey)}
              {user.delegation ? ` · ${user.delegation}` : ''}
            </Text>
            <Menu.Item onClick={() => void logout()}>{t('signOut')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      )}
    </header>
  );
}

function Shell() {
  const { user } = useAuth();
  const { t } = useI18n();
  useFocusHeadingOnNavigation();
  return (
    <>
      <TopBar />
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
            <Route path="*" element={<h1>{t('notFound')}</h1>} />
          </Routes>
        )}
      </main>
    </>
  );
}

const queryClient = newQueryClient();

export function App() {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications position="top-right" />
          <AuthProvider>
            <BrowserRouter>
              <Shell />
            </BrowserRouter>
          </AuthProvider>
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
