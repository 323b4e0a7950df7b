/**
 * Which Chromium the browser tests and bench:site drive, and how: Debian's
 * build (CI installs it with apt), headless, and kept off the network except
 * for the app itself, so runs are repeatable and nothing calls home.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  // Root in CI containers, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // No update checks, field trials, sync or component downloads during a run.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_MISSING = (path = CHROMIUM_PATH) =>
  `No Chromium at ${path} (set CHROMIUM_PATH to use another). ` +
  'Install Debian\'s with `apt-get install -y --no-install-recommends chromium fonts-dejavu-core`.';
