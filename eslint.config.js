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
 * The one-way rule of the layers: domain ← db ← store/hooks ← components ← routes.
 * Each zone lists the folders it must not import from.
 */
const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/db',
      './src/store',
      './src/hooks',
      './src/components',
      './src/routes',
      './src/app.tsx',
    ],
  },
  {
    target: './src/db',
    from: ['./src/store', './src/hooks', './src/components', './src/routes', './src/app.tsx'],
  },
  {
    target: './src/store',
    from: ['./src/hooks', './src/components', './src/routes', './src/app.tsx'],
  },
  { target: './src/hooks', from: ['./src/components', './src/routes', './src/app.tsx'] },
  { target: './src/components', from: ['./src/routes', './src/app.tsx'] },
].map((zone) => ({
  ...zone,
  message: 'Imports point one way: domain ← db ← store/hooks ← components ← routes.',
}));

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
    // Components never reach the database directly; they go through hooks and repos.
    files: ['src/components/**/*.{ts,tsx}', 'src/routes/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/db imports dexie.' }] },
      ],
    },
  },
  {
    files: [
      'src/domain/**/*.ts',
      'src/store/**/*.ts',
      'src/hooks/**/*.ts',
      'src/components/**/*.tsx',
      'src/routes/**/*.tsx',
    ],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Only src/db imports dexie.' }] },
      ],
    },
  },
);
