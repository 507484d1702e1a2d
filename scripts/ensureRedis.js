// Installs Debian's redis-server when it is missing (the distributed scan's tests and benchmarks
// start a real Redis; no mock). Used by `npm test`, `npm run bench` and src/lib/scan/startRedis.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/** Makes sure `REDIS_SERVER` exists, installing the `redis-server` package with apt-get if not. */
export function ensureRedis() {
  if (existsSync(REDIS_SERVER)) return;
  process.stderr.write('redis-server is missing: installing Debian’s redis-server package…\n');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  /** @param {string[]} args */
  const apt = (args) =>
    spawnSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt(['update', '-qq']);
  const r = apt(['install', '-y', '-qq', '--no-install-recommends', 'redis-server']);
  if (r.status !== 0 || !existsSync(REDIS_SERVER)) {
    process.stderr.write(
      `Could not install redis-server at ${REDIS_SERVER}; set REDIS_SERVER_PATH.\n`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureRedis();
