// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import regexpPlugin from 'eslint-plugin-regexp';

/**
 * The one-way rule of the layers (docs/architecture.md "Layers"):
 * domain ← db ← store ← commands ← hooks ← components ← routes, with reader-dom (the reader's
 * DOM contract) beside the store: it may use only the domain, and hooks and components use it.
 * Each zone lists the folders it must not import from.
 */
const above = {
  domain: ['db', 'store', 'commands', 'reader-dom', 'hooks', 'components', 'routes'],
  db: ['store', 'commands', 'reader-dom', 'hooks', 'components', 'routes'],
  store: ['commands', 'reader-dom', 'hooks', 'components', 'routes'],
  'reader-dom': ['db', 'store', 'commands', 'hooks', 'components', 'routes'],
  commands: ['reader-dom', 'hooks', 'components', 'routes'],
  hooks: ['components', 'routes'],
  components: ['routes'],
};
const layerZones = Object.entries(above).map(([layer, forbidden]) => ({
  target: `./src/${layer}`,
  from: [...forbidden.map((name) => `./src/${name}`), './src/app.tsx'],
  message:
    'Imports point one way: domain ← db ← store ← commands ← hooks ← components ← routes (reader-dom: domain only).',
}));

/** The module that configures zod (jitless, for the CSP) and re-exports it. */
const zodModule = 'src/domain/validation/zod.ts';
const zodImport = {
  name: 'zod',
  message:
    "Import { z } from src/domain/validation/zod, which sets zod's jitless mode for the CSP.",
};
const dexieImport = { name: 'dexie', message: 'Only src/db imports dexie.' };

/**
 * Options of no-restricted-imports. ESLint replaces, not merges, a rule's options when two
 * config blocks match one file, so each block lists every ban that applies to it.
 * @param {{ name: string, message: string }[]} paths
 */
function restrictedImports(paths) {
  return {
    paths,
    patterns: [{ group: ['zod/*'], message: zodImport.message }],
  };
}

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'public', 'playwright-report', 'test-results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // zod is configured for the CSP in one module; every other file imports z from there.
    files: ['**/*.{ts,tsx}'],
    ignores: [zodModule],
    rules: { 'no-restricted-imports': ['error', restrictedImports([zodImport])] },
  },
  {
    // Regular expressions run on user text (notes, pasted documents, imports): none may
    // backtrack super-linearly, or one crafted input freezes the page.
    files: ['**/*.{ts,tsx}'],
    plugins: { regexp: regexpPlugin },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Only src/db reaches the database; the rest goes through hooks and repos.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', zodModule],
    rules: { 'no-restricted-imports': ['error', restrictedImports([zodImport, dexieImport])] },
  },
);
