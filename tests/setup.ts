import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetDb } from './helpers/reset-db';

// findBy* waits 1 s by default; on a loaded 2-core machine the first render of the whole app
// can take longer than that.
configure({ asyncUtilTimeout: 5_000 });

// Component tests share the app-wide database: each starts with an empty one.
beforeEach(async () => {
  if (typeof window !== 'undefined') await resetDb();
});

afterEach(() => {
  cleanup();
});
