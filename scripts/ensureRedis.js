// Installs Debian's redis-server when it is missing (the distributed scan's tests and benchmarks
// start a real Redis; no mock). Used by `npm test` and `npm run bench`; runnable on its own.
import { ensureDebianPackage } from './ensureDebianPackage.js';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/** Makes sure `REDIS_SERVER` exists, installing the `redis-server` package with apt-get if not. */
export function ensureRedis() {
  ensureDebianPackage({
    path: REDIS_SERVER,
    pkg: 'redis-server',
    what: 'redis-server',
    envVar: 'REDIS_SERVER_PATH',
    args: ['--no-install-recommends'],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureRedis();
