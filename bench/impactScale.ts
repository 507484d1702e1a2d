// `npm run bench` (part): the system-wide impact of a parameter edit on 100,000 synthetic
// accounts × 50 legs (the real snapshot's instruments), dcro-default against dcro-default with
// imFactor 1.1: embedded (worker threads) and distributed on BullMQ over a real redis-server
// with 1, 2 and 4 worker processes. Every run must give the same report hash. Rewrites the
// `impact` section of BENCHMARKS.md. Not a test: nothing here asserts a speed.
import { cpus } from 'node:os';
import { computeImpact } from '../src/lib/impact/computeImpact';
import { hashImpactReport } from '../src/lib/impact/hashImpactReport';
import { parseParams } from '../src/lib/model/parseParams';
import { loadProfile } from '../src/lib/model/profiles';
import type { ScanBackend } from '../src/lib/scan/ScanBackend';
import { createRedisBackend } from '../src/lib/scan/createRedisBackend';
import { createThreadBackend } from '../src/lib/scan/createThreadBackend';
import { spawnScanWorkers } from '../src/lib/scan/spawnScanWorkers';
import { startRedis } from '../src/lib/scan/startRedis';
import { syntheticScan } from '../tests/scan/fixtures';
import { writeBenchmarkSection } from './writeBenchmarkSection';

const COUNT = Number(process.env.IMPACT_COUNT ?? 100_000);
const LEGS = 50;
const current = loadProfile('dcro-default');
const proposed = parseParams({
  ...JSON.parse(JSON.stringify(current)),
  name: 'im-1.1',
  margin: { ...current.margin, imFactor: 1.1 },
});
process.stderr.write(`building ${COUNT} synthetic accounts × ${LEGS} legs…\n`);
const { market, accounts } = syntheticScan(COUNT, LEGS, 1);
const set = { market, accounts, origin: { kind: 'file' as const } };

async function timed(label: string, backend: ScanBackend) {
  process.stderr.write(`${label}…\n`);
  // Warm-up: threads compile the worker and every worker JITs its first shard.
  const warm = { ...set, accounts: accounts.slice(0, 1000) };
  await computeImpact({ set: warm, current, proposed, backend, shardSize: 100 });
  const t = performance.now();
  let last = 0;
  const report = await computeImpact({
    set,
    current,
    proposed,
    backend,
    onProgress: ({ done, total }) => {
      if (done - last < total / 10 && done !== total) return;
      last = done;
      process.stderr.write(`  ${done}/${total}\n`);
    },
  });
  return { label, seconds: (performance.now() - t) / 1000, hash: hashImpactReport(report) };
}

const rows = [];
const embedded = createThreadBackend({ workers: 2 });
rows.push(await timed('embedded, 2 worker threads', embedded));
await embedded.close();
const redis = await startRedis();
try {
  for (const n of [1, 2, 4]) {
    const workers = await spawnScanWorkers(redis.url, n);
    const backend = createRedisBackend({ url: redis.url });
    try {
      rows.push(await timed(`BullMQ on Redis, ${n} worker process${n === 1 ? '' : 'es'}`, backend));
    } finally {
      await backend.close();
      await workers.stop();
    }
  }
} finally {
  await redis.stop();
}

const same = rows.every((r) => r.hash === rows[0]!.hash);
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const base = rows[1]!.seconds;
const table = [
  `| impact of imFactor 1.0 → 1.1, ${COUNT.toLocaleString('en')} accounts × ${LEGS} legs, 2 parameter sets | seconds | vs 1 process |`,
  '|---|---:|---:|',
  ...rows.map(
    (r, i) =>
      `| ${r.label} | ${r.seconds.toFixed(1)} | ${i === 0 ? '' : `${(base / r.seconds).toFixed(2)}×`} |`,
  ),
].join('\n');
const note = `This machine has ${cpus().length} cores: 4 worker processes share them (the coordinator and Redis too), so no row past 2 processes can show how the run scales on more machines; each row is one run, on whatever else the machine was doing. Every run gave the ${same ? 'same' : 'DIFFERENT (a bug)'} report hash (${rows[0]!.hash.slice(0, 18)}…).`;
process.stdout.write(`\n${machine}, ${date}\n\n${table}\n\n${note}\n`);
writeBenchmarkSection(
  'impact',
  `## System-wide impact (distributed)\n\nMeasured ${date} on ${machine} (\`npx tsx bench/impactScale.ts\`).\n\n${table}\n\n${note}`,
);
if (!same) process.exit(1);
