import type { RouteObject } from 'react-router';
import { AnnotationsRoute } from './annotations';
import { CompareRoute } from './compare';
import { LibraryRoute } from './library';
import { NotFoundRoute } from './not-found';
import { ReaderRoute } from './reader';
import { RootRoute } from './root';
import { SettingsRoute } from './settings';
import { TagsRoute } from './tags';

/** Every route of the app; the browser router and the test memory router share this table. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootRoute />,
    children: [
      { index: true, element: <LibraryRoute /> },
      { path: 'articles/:id', element: <ReaderRoute /> },
      { path: 'annotations', element: <AnnotationsRoute /> },
      { path: 'tags', element: <TagsRoute /> },
      { path: 'compare', element: <CompareRoute /> },
      { path: 'settings', element: <SettingsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
