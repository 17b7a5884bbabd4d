import { createBrowserRouter, RouterProvider } from 'react-router';
import { routes } from './routes/routes';

const router = createBrowserRouter(routes);

/** The app: the browser router over the route table. */
export function App() {
  return <RouterProvider router={router} />;
}
