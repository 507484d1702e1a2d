// Installs a Debian package with apt-get when the file it provides is missing (this machine
// reaches Debian's packages; a fresh one has neither Chromium nor Redis).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Makes sure `path` exists, installing Debian's `pkg` (apt-get update, then install) if not;
 * exits 1 naming `envVar` (which overrides the path) when that fails.
 * @param {{ path: string, pkg: string, what: string, envVar: string, args?: string[] }} p
 */
export function ensureDebianPackage({ path, pkg, what, envVar, args = [] }) {
  if (existsSync(path)) return;
  process.stderr.write(`${what} is missing: installing Debian’s ${pkg} package…\n`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  /** @param {string[]} a */
  const apt = (a) =>
    spawnSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...a], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  const r = apt(['install', '-y', '-qq', ...args, pkg]);
  if (r.status !== 0 || !existsSync(path)) {
    process.stderr.write(`Could not install ${what} at ${path}; set ${envVar}.\n`);
    process.exit(1);
  }
}
