import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadProfile } from '../../src/lib/model/profiles';
import { startRedis, type RunningRedis } from '../../src/lib/scan/startRedis';
import { syntheticScan } from '../scan/fixtures';

const SEED = Number(process.env.IMPACT_SEED ?? 77);
const dir = mkdtempSync(join(tmpdir(), 'dcro-impact-'));
const file = (name: string) => join(dir, name);
let redis: RunningRedis;

function dcro(args: string[]) {
  const r = spawnSync('node', ['bin/dcro.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function dcroAsync(args: string[]) {
  const child = spawn('node', ['bin/dcro.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, out, err };
}

beforeAll(async () => {
  const { market, accounts } = syntheticScan(120, 8, SEED);
  writeFileSync(
    file('accounts.json'),
    JSON.stringify({ format: 'dcro.accounts/1', market, accounts }),
  );
  const proposed = JSON.parse(JSON.stringify(loadProfile('dcro-default')));
  proposed.name = 'wider-tails';
  proposed.scenarios.tails.moves = [0.3, 0.6, 1.6, 2, 3, 4, 5, 6];
  writeFileSync(file('proposed.json'), JSON.stringify(proposed));
  redis = await startRedis();
}, 60_000);
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const base = () => [
  'impact',
  '--params',
  file('proposed.json'),
  '--accounts',
  file('accounts.json'),
];

describe('dcro impact', () => {
  test('--json prints the canonical report it writes with --out, and its hash on stderr', () => {
    const r = dcro([...base(), '--json', '--out', file('report.json'), '--workers', '2']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(readFileSync(file('report.json'), 'utf8'));
    const report = JSON.parse(r.out);
    expect(report.format).toBe('dcro.impact/1');
    expect(report.inputs.accounts).toBe(120);
    expect(report.current.name).toBe('dcro-default');
    expect(report.proposed.name).toBe('wider-tails');
    expect(r.err).toMatch(/dcro impact: report hash 0x[0-9a-f]{64}/);
    expect(r.err).toMatch(/120\/120 accounts/);
  }, 240_000);

  test('distributed on a real Redis with 2 worker processes: the same bytes as embedded', async () => {
    const embedded = dcro([...base(), '--json', '--workers', '1', '--shard-size', '50']);
    const distributed = await dcroAsync([
      ...base(),
      '--json',
      '--redis',
      redis.url,
      '--workers',
      '2',
      '--shard-size',
      '7',
    ]);
    expect(distributed.code, distributed.err).toBe(0);
    expect(distributed.err).toMatch(/distributed \(BullMQ/);
    expect(distributed.out).toBe(embedded.out);
  }, 240_000);

  test('--verify accepts the report, and names the field of a tampered one', () => {
    expect(dcro([...base(), '--out', file('report.json')]).code).toBe(0);
    const ok = dcro([...base(), '--verify', file('report.json')]);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/^verified: .*report\.json recomputes to 0x[0-9a-f]{64}/);
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8'));
    report.totals.initialMargin.proposed += 1;
    writeFileSync(file('tampered.json'), JSON.stringify(report));
    const bad = dcro([...base(), '--verify', file('tampered.json')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/does not verify/);
    expect(bad.err).toMatch(/totals\.initialMargin\.proposed: .* in the file, .* recomputed/);
    const other = dcro([
      'impact',
      '--params',
      'span-like',
      '--accounts',
      file('accounts.json'),
      '--verify',
      file('report.json'),
    ]);
    expect(other.code).toBe(1);
    expect(other.err).toMatch(/--params is not the proposed set the report was computed for/);
  }, 240_000);

  test('bad input is named by field, bad flags by flag, with no stack trace', () => {
    const doc = JSON.parse(readFileSync(file('accounts.json'), 'utf8'));
    doc.accounts[3].legs[1][1] = 'ten';
    doc.market.instruments[2].vol = -1;
    writeFileSync(file('bad.json'), JSON.stringify(doc));
    const r = dcro(['impact', '--params', file('proposed.json'), '--accounts', file('bad.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/market\.instruments\[2\]\.vol: must be > 0/);
    expect(r.err).not.toMatch(/\n\s+at /);
    doc.market.instruments[2].vol = 0.5;
    writeFileSync(file('bad.json'), JSON.stringify(doc));
    expect(
      dcro(['impact', '--params', file('proposed.json'), '--accounts', file('bad.json')]).err,
    ).toMatch(/accounts\[3\]\.legs\[1\]\[1\]: qty must be a number/);
    expect(dcro([...base(), '--workers', 'two']).err).toMatch(/--workers: must be an integer ≥ 1/);
    expect(dcro(['impact', '--accounts', file('accounts.json')]).err).toMatch(
      /--params is required/,
    );
    const unreachable = dcro([...base(), '--redis', 'redis://127.0.0.1:1']);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toMatch(/Cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    const noWorkers = dcro([...base(), '--redis', redis.url]);
    expect(noWorkers.code).toBe(1);
    expect(noWorkers.err).toMatch(/No scan worker is listening on redis:\/\/127\.0\.0\.1:\d+/);
  }, 240_000);
});
