import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppHeader } from '../components/app-header';
import { Toasts } from '../components/toasts';
import { StorageBanner } from '../components/storage-banner';
import { UpdatePrompt } from '../components/update-prompt';
import { useApplySettings } from '../hooks/use-theme';

/** The frame around every page: skip link, header with the main navigation, the page. */
export function RootRoute() {
  useApplySettings();
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname === '/') document.title = 'Library · Gloss';
  }, [pathname]);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader />
      <StorageBanner />
      <UpdatePrompt />
      <Outlet />
      <Toasts />
    </>
  );
}
