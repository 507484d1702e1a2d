import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaseError } from '../errors/BaseError';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export type RunningRedis = { url: string; port: number; stop(): Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real `redis-server` (Debian's package; `node scripts/ensureRedis.js` installs it, and
 * `npm test` / `npm run bench` call it) on a free loopback port, with no persistence, in a
 * temporary directory. `stop` shuts it down and removes the directory.
 *
 * @example
 * const redis = await startRedis();
 * const backend = createRedisBackend({ url: redis.url });
 * await redis.stop();
 */
export async function startRedis(): Promise<RunningRedis> {
  if (!existsSync(REDIS_SERVER))
    throw new BaseError('redis-server is not installed.', {
      code: 'REDIS_MISSING',
      details: [`looked for ${REDIS_SERVER}`],
      metaMessages: [
        'Run `node scripts/ensureRedis.js` (apt-get install redis-server), or set REDIS_SERVER_PATH.',
      ],
    });
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'dcro-redis-'));
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
  ];
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Ready to accept connections')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(
        new BaseError('redis-server exited at start.', {
          code: 'REDIS_START_FAILED',
          details: [`exit code ${code}`, ...log.trim().split('\n').slice(-5)],
        }),
      ),
    );
  });
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.removeAllListeners('exit');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}
