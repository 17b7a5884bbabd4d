import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetDb } from './helpers/reset-db';

// Component tests share the app-wide database: each starts with an empty one.
beforeEach(async () => {
  if (typeof window !== 'undefined') await resetDb();
});

afterEach(() => {
  cleanup();
});
