/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { questionnaires } from './scripts/questionnaire-plugin.ts';

// The production page forbids inline and eval'd script, and any request to another origin.
// One policy, delivered twice: as a <meta> tag in the built index.html (for hosts that cannot set
// headers) and as a header from `vite preview` (docs/hosting.md gives the same for nginx and Apache).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// What `vite preview` (npm start) sends on every response. frame-ancestors is the one directive a
// <meta> policy ignores, so only the header can keep other sites from framing the app.
const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'reifegrad-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html
        .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`)
        // the first-paint shell shows the version the app will render (nothing moves when it takes over)
        .replace('<span class="version">Version</span>', `<span class="version">Version ${appVersion}</span>`),
  };
}

// A middleware ahead of Vite's own static and HTML ones, so that every response of the preview server
// carries the headers: index.html, assets, sw.js, and also 304s and 404s (`preview.headers` misses those).
// The dev server (npm run dev) deliberately sends none of them and has no <meta> policy either: its
// hot reload injects inline script and styles from JavaScript, which the policy forbids.
function securityHeaders(): Plugin {
  return {
    name: 'reifegrad-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
  };
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const buildId = process.env.REIFEGRAD_BUILD_ID;
const appVersion = buildId ? `${pkg.version}+${buildId}` : pkg.version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion), __DB_AHEAD__: JSON.stringify(process.env.REIFEGRAD_DB_AHEAD === '1') },
  plugins: [
    preact(),
    questionnaires(),
    contentSecurityPolicy(),
    securityHeaders(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // the first visit is controlled at once, so a later update is offered as a prompt;
        // a waiting version still activates only when the user presses "Neu laden"
        clientsClaim: true,
      },
    }),
  ],
  // the import worker needs the questionnaire index too
  worker: { format: 'es', plugins: () => [questionnaires()] },
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'happy-dom', setupFiles: ['test/setup-dom.ts'] },
      },
    ],
  },
});
