import type { RouteObject } from 'react-router';
import { LibraryRoute } from './library';
import { RootRoute } from './root';

function NoFallback() {
  return null;
}

/**
 * Every route of the app; the browser router and the test memory router share this table.
 * The library and the frame load with the app; the other pages (the reader too) are lazy
 * chunks (the initial-JavaScript budget, scripts/check-bundle.ts).
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootRoute />,
    // A lazy page opened directly loads before the first render; show nothing (as without it)
    // rather than have the router warn that no fallback was given.
    HydrateFallback: NoFallback,
    children: [
      { index: true, element: <LibraryRoute /> },
      {
        path: 'articles/:id',
        lazy: () => import('./reader').then((m) => ({ Component: m.ReaderRoute })),
      },
      {
        path: 'annotations',
        lazy: () => import('./annotations').then((m) => ({ Component: m.AnnotationsRoute })),
      },
      { path: 'tags', lazy: () => import('./tags').then((m) => ({ Component: m.TagsRoute })) },
      {
        path: 'compare',
        lazy: () => import('./compare').then((m) => ({ Component: m.CompareRoute })),
      },
      { path: 'data', lazy: () => import('./data').then((m) => ({ Component: m.DataRoute })) },
      {
        path: 'search',
        lazy: () => import('./search').then((m) => ({ Component: m.SearchRoute })),
      },
      {
        path: 'settings',
        lazy: () => import('./settings').then((m) => ({ Component: m.SettingsRoute })),
      },
      {
        path: '*',
        lazy: () => import('./not-found').then((m) => ({ Component: m.NotFoundRoute })),
      },
    ],
  },
];
