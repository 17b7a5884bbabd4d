import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetDb } from './helpers/reset-db';

// The first render of a lazy route loads its chunk; on a busy 2-core machine that can take
// longer than the 1 s default of findBy* and waitFor.
configure({ asyncUtilTimeout: 5000 });

// Component tests share the app-wide database: each starts with an empty one.
beforeEach(async () => {
  if (typeof window !== 'undefined') await resetDb();
});

afterEach(() => {
  cleanup();
});
