// Load on the risk engine (issue 4, item 6): anvil + DCRO + demo accounts + the engine service on
// loopback, then N concurrent fetch loops for a few seconds per endpoint. Reports requests/s and
// latency percentiles and rewrites the `engine` section of BENCHMARKS.md. Not a test: nothing
// here asserts a speed. Run: npx tsx bench/engineLoad.ts [--concurrency 8] [--seconds 5]
import { cpus } from 'node:os';
import { parseUnits } from 'viem';
import { startDemoChain } from '../src/lib/chain/startDemoChain';
import { startEngineService } from '../src/lib/server/startEngineService';
import { writeBenchmarkSection } from './writeBenchmarkSection';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const concurrency = arg('concurrency', 8);
const seconds = arg('seconds', 5);

type Row = {
  name: string;
  requests: number;
  errors: number;
  perSec: number;
  p50: number;
  p95: number;
  p99: number;
};

/** `concurrency` loops POSTing `body` to `url` for `seconds`; latencies in ms. */
async function load(name: string, url: string, body: unknown): Promise<Row> {
  const text = JSON.stringify(body);
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      await r.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (r.status !== 200) errors++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return {
    name,
    requests: latencies.length,
    errors,
    perSec: latencies.length / elapsed,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
  };
}

process.stderr.write('starting anvil, deploying and seeding the demo chain…\n');
const chain = await startDemoChain();
const service = await startEngineService({
  rpcUrl: chain.rpcUrl,
  vault: chain.deployment.vault,
  engineKey: chain.engineKey,
  logger: false,
  rateMax: 1e9,
});
try {
  const who = (role: string) => chain.accounts.find((a) => a.role === role)!.address;
  const call = chain.deployment.listed.find(
    (l) =>
      l.underlier === 'ETH' &&
      l.kind === 'option' &&
      l.right === 'call' &&
      l.strike === 2800 &&
      l.expiry === 1780041600,
  )!;
  const cases: [string, string, unknown][] = [
    ['POST /margin — market maker (40 positions)', '/margin', { account: who('marketMaker') }],
    [
      'POST /attest — market maker withdraws 1,000 USDC cash (1 account)',
      '/attest',
      { account: who('marketMaker'), action: { type: 'withdrawCash', amount: '1000000000' } },
    ],
    [
      'POST /attest — retail buys 1 ETH call from the LP (taker + maker, 4 + 44 positions)',
      '/attest',
      {
        account: who('retail'),
        action: {
          type: 'trade',
          counterparty: who('lpPool'),
          instrumentIds: [String(call.id)],
          quantities: [String(parseUnits('1', 18))],
          premium: '75000000',
        },
      },
    ],
  ];
  const rows: Row[] = [];
  for (const [name, path, body] of cases) {
    process.stderr.write(`${name}: ${concurrency} concurrent loops for ${seconds} s…\n`);
    await load(name, `${service.url}${path}`, body); // warm-up (instrument caches, JIT)
    rows.push(await load(name, `${service.url}${path}`, body));
  }
  const ms = (x: number) => x.toFixed(1);
  const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
  const markdown = [
    '## Risk engine (HTTP, loopback)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} (\`npx tsx bench/engineLoad.ts\`): anvil, the engine`,
    `service and the load generator (${concurrency} concurrent \`fetch\` loops, ${seconds} s per row after a warm-up) share the`,
    'machine. Each request reads the chain at the latest block (JSON-RPC batched), computes the margin with',
    'the Wasm core under dcro-default (31 scenarios) and, for /attest, signs the EIP-712 attestation(s).',
    '',
    '| endpoint | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | requests | non-200 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.perSec.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.requests} | ${r.errors} |`,
    ),
  ].join('\n');
  process.stdout.write(`${markdown}\n`);
  writeBenchmarkSection('engine', markdown);
} finally {
  await service.close();
  await chain.stop();
}
