import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { isAddress, type Address } from 'viem';
import { canonicalJson } from '../../src/lib/engine/canonicalJson';
import { hashParams } from '../../src/lib/engine/hashInputs';
import { BaseError } from '../../src/lib/errors/BaseError';
import { diffReports } from '../../src/lib/impact/diffReports';
import { formatImpactReport } from '../../src/lib/impact/formatImpactReport';
import { parseImpactReport } from '../../src/lib/impact/parseImpactReport';
import { runImpact, type RunImpactParameters } from '../../src/lib/impact/runImpact';
import { hashImpactReport } from '../../src/lib/impact/hashImpactReport';
import { parseJsonText } from '../../src/lib/model/ValidationError';
import { SCAN_QUEUE } from '../../src/lib/scan/redisJobs';
import { runRedisWorker } from '../../src/lib/scan/runRedisWorker';
import { readInput } from '../readInput';
import { resolveProfile } from '../resolveProfile';

type ImpactOptions = {
  params?: string;
  current?: string;
  accounts?: string;
  rpc?: string;
  vault?: string;
  block?: string;
  chainId?: string;
  workers?: string;
  redis?: string;
  shardSize?: string;
  json: boolean;
  out?: string;
  verify?: string;
};

const usage = (message: string, hint: string) =>
  new BaseError(message, { code: 'INVALID_OPTIONS', metaMessages: [hint] });

function count(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw usage(`${flag}: must be an integer ≥ ${min} (got "${value}").`, `For example ${flag} 2.`);
  return n;
}

/** Progress on stderr: one line per step, the scan's count at most every 10%. */
function progress() {
  let shown = -1;
  return {
    onStep: (line: string) => process.stderr.write(`dcro impact: ${line}\n`),
    onProgress: ({ done, total }: { done: number; total: number }) => {
      const tenth = Math.floor((done * 10) / total);
      if (tenth === shown && done !== total) return;
      shown = tenth;
      process.stderr.write(`dcro impact: ${done}/${total} accounts\n`);
    },
  };
}

async function run(options: ImpactOptions): Promise<void> {
  if (!options.params)
    throw usage(
      '--params is required.',
      'Give the proposed set: dcro impact --params proposed.json --accounts accounts.json',
    );
  const proposed = (await resolveProfile(options.params)).params;
  const current = options.current ? (await resolveProfile(options.current)).params : undefined;
  const expected = options.verify
    ? parseImpactReport(
        parseJsonText(await readInput(options.verify), options.verify),
        options.verify,
      )
    : undefined;
  const source = expected?.inputs.source;
  if (options.vault !== undefined && !isAddress(options.vault))
    throw usage(
      `--vault: "${options.vault}" is not an address.`,
      'Give the DcroVault address (0x…, 40 hex digits).',
    );
  const vault = (options.vault ?? (source?.kind === 'chain' ? source.vault : undefined)) as
    Address | undefined;
  const block =
    count(options.block, '--block', 0) ??
    (source?.kind === 'chain' ? source.blockNumber : undefined);
  const parameters: RunImpactParameters = {
    proposed,
    current,
    accounts: options.accounts,
    chain: options.rpc
      ? {
          rpcUrl: options.rpc,
          vault:
            vault ??
            (() => {
              throw usage('--rpc needs --vault.', 'Give the DcroVault address with --vault.');
            })(),
          chainId: count(options.chainId, '--chain-id', 1),
          blockNumber: block === undefined ? undefined : BigInt(block),
        }
      : undefined,
    workers: count(options.workers, '--workers', options.redis ? 0 : 1),
    redis: options.redis,
    shardSize: count(options.shardSize, '--shard-size', 1),
    ...progress(),
  };
  if (expected && hashParams(proposed) !== expected.proposed.paramsHash)
    throw new BaseError('--params is not the proposed set the report was computed for.', {
      code: 'IMPACT_MISMATCH',
      details: [`report: ${expected.proposed.paramsHash}`, `--params: ${hashParams(proposed)}`],
      metaMessages: ['Give the proposed dcro.params/1 file the report names.'],
    });
  const { report, hash } = await runImpact(parameters);
  if (expected) {
    const claimed = hashImpactReport(expected);
    if (claimed !== hash) {
      const differences = diffReports(expected, JSON.parse(canonicalJson(report)));
      throw new BaseError(
        `The report does not verify: recomputed ${hash}, the file hashes to ${claimed}.`,
        {
          code: 'IMPACT_MISMATCH',
          details: differences.map(
            (d) => `${d.path}: ${d.expected} in the file, ${d.actual} recomputed`,
          ),
          metaMessages: [
            'Same inputs give the same bytes: check the accounts (--accounts, or the vault and block) and --current.',
          ],
        },
      );
    }
    process.stdout.write(
      options.json
        ? `${JSON.stringify({ verified: true, hash })}\n`
        : `verified: ${options.verify} recomputes to ${hash}\n`,
    );
    return;
  }
  const text = canonicalJson(report);
  if (options.out) await writeFile(options.out, `${text}\n`);
  process.stdout.write(options.json ? `${text}\n` : `${formatImpactReport(report, hash)}\n`);
  if (options.json) process.stderr.write(`dcro impact: report hash ${hash}\n`);
}

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
  const command = new Command('impact')
    // `dcro impact worker --redis …` is the worker's --redis, not the report's (and main.ts).
    .enablePositionalOptions()
    .description(
      'System-wide impact of a parameter edit: every account under the current and the proposed sets, as a dcro.impact/1 report whose hash a proposal commits to.',
    )
    .option(
      '-p, --params <profile>',
      'the proposed set: a dcro.params/1 file or a shipped profile name',
    )
    .option(
      '--current <profile>',
      'the current set (default: the vault’s active set; dcro-default for --accounts)',
    )
    .option('--accounts <file>', 'a dcro.accounts/1 file (src/lib/scan/README.md)')
    .option('--rpc <url>', 'read every account of a vault instead (with --vault)')
    .option('--vault <address>', 'the DcroVault address (with --rpc)')
    .option('--block <n>', 'the block to read the vault at (default: latest)')
    .option('--chain-id <n>', 'the chain id of --rpc (default 31337, anvil)')
    .option(
      '--workers <n>',
      'worker threads (embedded); with --redis, local worker processes to start',
    )
    .option(
      '--redis <url>',
      'run distributed on BullMQ over this Redis (workers: dcro impact worker)',
    )
    .option('--shard-size <n>', 'accounts per shard (default 500)')
    .option('--out <file>', 'write the report (canonical JSON) to a file')
    .option('--verify <report>', 'recompute a report written by --out and compare the hashes')
    .option('--json', 'print the report as canonical JSON (the hashed bytes)', false)
    .addHelpText(
      'after',
      '\nExamples:\n  dcro impact --params proposed.json --accounts accounts.json --out report.json\n  dcro impact --params proposed.json --accounts accounts.json --verify report.json\n  dcro impact --params proposed.json --rpc http://127.0.0.1:8545 --vault 0x…\n  dcro impact --params proposed.json --accounts accounts.json --redis redis://127.0.0.1:6379 --workers 4',
    )
    .action(run);
  command.addCommand(workerCommand().exitOverride());
  return command;
}
