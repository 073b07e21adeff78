// Layers, enforced: core ← storage ← app ← ui (and pwa beside ui).
//   src/core     pure: imports nothing outside src/core, no DOM or Node globals
//   src/storage  the only code that talks to IndexedDB; knows nothing of app, ui, pwa or Preact
//   src/app      loading, caching, writing and their errors; no Preact components, no idb
//   src/ui       screens; reaches storage only through src/app; a feature never imports another
//                feature's files (what two features share moves down into components/, chart/,
//                shared/)
//   src/pwa      the service-worker bridge; no storage
// Browser code gets browser globals only; scripts, tests and benchmarks get Node's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';

const features = readdirSync(new URL('./src/ui/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const layers = [
  zone('./src/core', './src', 'src/core ist rein: es importiert nur aus src/core.', ['./core']),
  zone('./src/storage', './src/app', 'src/storage kennt die App-Schicht nicht.'),
  zone('./src/storage', './src/ui', 'src/storage kennt die Oberfläche nicht.'),
  zone('./src/storage', './src/pwa', 'src/storage kennt den Service Worker nicht.'),
  zone('./src/app', './src/ui', 'src/app kennt die Oberfläche nicht (Texte und Komponenten gehören nach src/ui).'),
  zone('./src/app', './src/pwa', 'src/app kennt den Service Worker nicht.'),
  zone('./src/ui', './src/storage', 'Die Oberfläche erreicht den Speicher nur über src/app.'),
  zone('./src/pwa', './src/storage', 'Der Service-Worker-Teil spricht nicht mit dem Speicher.'),
  zone('./src/pwa', './src/app', 'Der Service-Worker-Teil kennt die App-Schicht nicht.'),
  zone('./src/pwa', './src/ui', 'Der Service-Worker-Teil kennt die Oberfläche nicht.'),
  ...features.map((f) =>
    zone(
      `./src/ui/features/${f}`,
      './src/ui/features',
      'Ein Feature importiert nichts aus einem anderen Feature: Gemeinsames gehört nach src/ui/components, chart oder shared.',
      [`./${f}`],
    ),
  ),
  // the shared UI folders serve the features and never reach into one
  ...['components', 'chart', 'shared'].map((d) =>
    zone(
      `./src/ui/${d}`,
      './src/ui/features',
      `src/ui/${d} ist für alle Features da und importiert keines (außer den Bildschirm-Tabellen).`,
    ),
  ),
];

const packageBans = (bans) => ({ patterns: bans.map(([group, message]) => ({ group, message })) });
const PREACT = [['preact', 'preact/*'], 'Hier gibt es keine Preact-Komponenten.'];
const SIGNALS = [['@preact/*'], 'Hier gibt es keine Signale.'];
const IDB = [['idb', 'idb/*'], 'Nur src/storage spricht mit IndexedDB.'];
const CHART = [['chart.js', 'chart.js/*'], 'chart.js wird nur in src/ui/chart geladen.'];
const WORKBOX = [['workbox-*'], 'Nur src/pwa kennt den Service Worker.'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'test-results', 'questionnaires/*.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['./tsconfig.json', './tsconfig.node.json'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'import-x/no-cycle': 'off',
    },
  },
  {
    // browser code: browser globals only (no `process`, no `require`)
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', packageBans([PREACT, SIGNALS, IDB, CHART, WORKBOX])],
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'localStorage', 'navigator', 'fetch', 'location'],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', packageBans([PREACT, SIGNALS, CHART, WORKBOX])] },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', packageBans([PREACT, IDB, CHART, WORKBOX])] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: ['src/ui/chart/radar.ts'],
    rules: { 'no-restricted-imports': ['error', packageBans([IDB, CHART, WORKBOX])] },
  },
  {
    files: ['src/pwa/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', packageBans([PREACT, IDB, CHART])] },
  },
  {
    // Node: build scripts, configuration, tests (whose page.evaluate bodies run in the browser), benchmarks
    files: ['scripts/**', 'test/**', 'bench/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // tests mutate parsed JSON freely to build broken inputs
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
