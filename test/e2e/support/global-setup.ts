// Before the browser tests: a Chromium, and two production builds of the app
// (dist-e2e, and dist-e2e-next with another build id, to test the update flow).
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';

export default function setup(project: TestProject): void {
  const chromium = ensureChromium();
  for (const [outDir, buildId] of [
    ['dist-e2e', 'e2e-1'],
    ['dist-e2e-next', 'e2e-2'],
  ] as const) {
    execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      stdio: 'inherit',
      // vitest sets NODE_ENV=test; a production build needs production (else the service worker is left out)
      env: { ...process.env, NODE_ENV: 'production', REIFEGRAD_BUILD_ID: buildId },
    });
  }
  project.provide('chromiumPath', chromium);
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}
