// Before the browser tests: a Chromium, and three production builds of the app (dist-e2e;
// dist-e2e-next with another build id, to test the update flow; dist-e2e-ahead, whose database is
// one version ahead, to test an old tab beside a newer version).
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';

export default function setup(project: TestProject): void {
  const chromium = ensureChromium();
  for (const [outDir, buildId, dbAhead, questionnaires] of [
    ['dist-e2e', 'e2e-1', '0', ''],
    // the next version of the app: it ships gesundheitsamt 1.1.0 in place of 1.0.0 (the update and
    // questionnaire-version tests)
    ['dist-e2e-next', 'e2e-2', '0', 'test/fixtures/questionnaires/gesundheitsamt-1.1.0'],
    // a newer version whose database is one version ahead (the upgrade tests)
    ['dist-e2e-ahead', 'e2e-3', '1', ''],
  ] as const) {
    execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: 'inherit',
      // vitest sets NODE_ENV=test; a production build needs production (else the service worker is left out)
      env: {
        ...process.env,
        NODE_ENV: 'production',
        REIFEGRAD_BUILD_ID: buildId,
        REIFEGRAD_DB_AHEAD: dbAhead,
        REIFEGRAD_QUESTIONNAIRE_OVERRIDES: questionnaires,
      },
    });
  }
  project.provide('chromiumPath', chromium);
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}
