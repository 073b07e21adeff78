// Layers: core ← storage ← ui. core is pure (no DOM, no preact, no idb, no chart.js);
// only storage talks to IndexedDB; the ui never imports idb.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const coreForbidden = {
  patterns: [
    { group: ['preact', 'preact/*', '@preact/*'], message: 'src/core ist rein: kein Preact.' },
    { group: ['idb', 'idb/*'], message: 'src/core ist rein: kein IndexedDB.' },
    { group: ['chart.js', 'chart.js/*'], message: 'src/core ist rein: keine Diagramme.' },
    { group: ['workbox-*'], message: 'src/core ist rein: kein Service Worker.' },
    { group: ['../*'], message: 'src/core importiert nur aus src/core.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'node_modules', 'test-results', 'questionnaires/*.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bench/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreForbidden],
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'localStorage', 'navigator', 'fetch'],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/pwa/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['idb', 'idb/*'], message: 'Nur src/storage spricht mit IndexedDB.' }] }],
    },
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
