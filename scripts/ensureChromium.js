// Installs Debian's Chromium when it is missing (Playwright cannot download a browser here).
import { ensureDebianPackage } from './ensureDebianPackage.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Makes sure `CHROMIUM` exists, installing the `chromium` package with apt-get if not. */
export function ensureChromium() {
  ensureDebianPackage({
    path: CHROMIUM,
    pkg: 'chromium',
    what: 'Chromium',
    envVar: 'CHROMIUM_PATH',
  });
}
