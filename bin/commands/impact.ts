import { Command } from 'commander';
import { runRedisWorker } from '../../src/lib/scan/runRedisWorker';
import { SCAN_QUEUE } from '../../src/lib/scan/redisJobs';

type WorkerOptions = { redis: string; queue: string; quiet: boolean };

/** `dcro impact worker`: a distributed scan worker process (BullMQ over Redis). */
function workerCommand(): Command {
  return new Command('worker')
    .description(
      'Serve shards of distributed scans (dcro impact --redis) until stopped (SIGINT/SIGTERM).',
    )
    .requiredOption(
      '--redis <url>',
      'the Redis the scans are queued on, e.g. redis://127.0.0.1:6379',
    )
    .option('--queue <name>', 'BullMQ queue name', SCAN_QUEUE)
    .option('--quiet', 'no progress lines on stderr', false)
    .action(async (options: WorkerOptions) => {
      let accounts = 0;
      const worker = await runRedisWorker({
        url: options.redis,
        queue: options.queue,
        onShard: (n) => {
          accounts += n;
          if (!options.quiet)
            process.stderr.write(`dcro impact worker: ${accounts} accounts computed\n`);
        },
      });
      process.stderr.write(
        `dcro impact worker: ready on ${options.redis} (queue ${options.queue})\n`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await worker.close();
    });
}

export function impactCommand(): Command {
  const command = new Command('impact').description(
    'System-wide impact of a parameter edit: every account under the current and the proposed sets.',
  );
  command.addCommand(workerCommand().exitOverride());
  return command;
}
