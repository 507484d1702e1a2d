// Installs Debian's Chromium when it is missing (Playwright cannot download a browser here).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Makes sure `CHROMIUM` exists, installing the `chromium` package with apt-get if not. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  process.stderr.write('Chromium is missing: installing Debian’s chromium package…\n');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  /** @param {string[]} args */
  const apt = (args) =>
    spawnSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  const r = apt(['install', '-y', '-qq', 'chromium']);
  if (r.status !== 0 || !existsSync(CHROMIUM)) {
    process.stderr.write(`Could not install Chromium at ${CHROMIUM}; set CHROMIUM_PATH.\n`);
    process.exit(1);
  }
}
