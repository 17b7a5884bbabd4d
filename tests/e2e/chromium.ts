import { existsSync } from 'node:fs';

/** Where the system Chromium lives: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. The end-to-end tests and benchmarks run in the system Chromium.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROME_PATH at an existing Chromium or Chrome binary.',
    );
  }
  return path;
}

/** Flags for headless Chromium in containers and machines without a network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
