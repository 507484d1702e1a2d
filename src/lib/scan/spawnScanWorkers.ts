import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BaseError } from '../errors/BaseError';

const DCRO = fileURLToPath(new URL('../../../bin/dcro.js', import.meta.url));

export type ScanWorkers = { processes: ChildProcess[]; stop(): Promise<void> };

/**
 * Starts `count` local `dcro impact worker` processes on the Redis at `url` and resolves once
 * each says it is ready. `stop` sends SIGTERM (a worker finishes its shard) and waits for exit.
 *
 * @example
 * const workers = await spawnScanWorkers('redis://127.0.0.1:6379', 4);
 * await workers.stop();
 */
export async function spawnScanWorkers(
  url: string,
  count: number,
  queue?: string,
): Promise<ScanWorkers> {
  const args = [
    'impact',
    'worker',
    '--redis',
    url,
    '--quiet',
    ...(queue ? ['--queue', queue] : []),
  ];
  const processes = Array.from({ length: count }, () =>
    spawn(process.execPath, [DCRO, ...args], { stdio: ['ignore', 'ignore', 'pipe'] }),
  );
  const stop = async () => {
    await Promise.all(
      processes.map((p) => {
        if (p.exitCode !== null || p.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => p.once('exit', resolve));
        p.kill('SIGTERM');
        return exited;
      }),
    );
  };
  try {
    await Promise.all(
      processes.map(
        (p) =>
          new Promise<void>((resolve, reject) => {
            let err = '';
            p.stderr!.on('data', (d: Buffer) => {
              err += d.toString();
              if (err.includes('ready on')) resolve();
            });
            p.once('exit', (code) =>
              reject(
                new BaseError('A scan worker process exited at start.', {
                  code: 'SCAN_WORKER_FAILED',
                  details: [`exit code ${code}`, ...err.trim().split('\n').slice(-3)],
                }),
              ),
            );
          }),
      ),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { processes, stop };
}
