// Finds a Chromium for the browser tests. On a machine without one, where we are root and apt
// is there (CI), installs Debian's `chromium`; otherwise fails with instructions. Never skips.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import CHROMIUM_FLAGS from './chromium-flags.json';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

function found(): string | null {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (!existsSync(env)) throw new Error(`CHROME_PATH=${env} gibt es nicht.`);
    return env;
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Path of a Chromium binary, installing Debian's package if needed and possible. */
export function ensureChromium(): string {
  const path = found();
  if (path) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('[e2e] Chromium nicht gefunden – installiere Debians Paket „chromium“ (apt-get) …');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', {
      stdio: 'inherit',
      timeout: 600_000,
    });
    const after = found();
    if (after) return after;
  }
  throw new Error(
    'Für die Browser-Tests wird Chromium gebraucht, aber keines wurde gefunden.\n' +
      'Installieren Sie es, z. B. unter Debian/Ubuntu: sudo apt-get install chromium\n' +
      'oder setzen Sie CHROME_PATH auf eine Chromium- oder Chrome-Binärdatei.',
  );
}

/** The flags every browser test (and the benchmarks) start Chromium with. */
export const CHROMIUM_ARGS: string[] = CHROMIUM_FLAGS;
