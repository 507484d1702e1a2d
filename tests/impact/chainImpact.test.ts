import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createChainClient } from '../../src/lib/chain/createChainClient';
import { loadVaultContext } from '../../src/lib/chain/loadVaultContext';
import { readAccount } from '../../src/lib/chain/readAccount';
import { startDemoChain, type DemoChain } from '../../src/lib/chain/startDemoChain';
import { computeMargin } from '../../src/lib/engine/computeMargin';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { loadProfile } from '../../src/lib/model/profiles';
import { vaultEventAccountSource } from '../../src/lib/scan/vaultEventAccountSource';
import { scanAccounts } from '../../src/lib/scan/scanAccounts';
import { createThreadBackend } from '../../src/lib/scan/createThreadBackend';

let chain: DemoChain;
const dir = mkdtempSync(join(tmpdir(), 'dcro-impact-chain-'));
beforeAll(async () => {
  chain = await startDemoChain();
}, 240_000);
afterAll(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function dcro(args: string[]) {
  const r = spawnSync('node', ['bin/dcro.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the vault as the account source (event scan)', () => {
  test('finds every demo account, and scans each to what readAccount + computeMargin give', async () => {
    const ctx = await loadVaultContext({
      client: createChainClient({ rpcUrl: chain.rpcUrl }),
      vault: chain.deployment.vault,
    });
    const set = await vaultEventAccountSource({ ctx }).load();
    const demo = chain.accounts.map((a) => a.address.toLowerCase()).sort();
    expect(set.accounts.map((a) => a.id)).toEqual(expect.arrayContaining(demo));
    expect(set.origin).toMatchObject({
      kind: 'chain',
      chainId: 31337,
      vault: chain.deployment.vault.toLowerCase(),
    });
    const params = loadProfile(chain.deployment.profile);
    const backend = createThreadBackend({ workers: 1 });
    const figures = await scanAccounts(set.accounts, set.market, params, { backend });
    await backend.close();
    const core = await loadCoreNode();
    const blockNumber = BigInt((set.origin as { blockNumber: number }).blockNumber);
    for (const [a, account] of set.accounts.entries()) {
      const { portfolio } = await readAccount({
        ctx,
        account: account.id as `0x${string}`,
        blockNumber,
      });
      const r = computeMargin({ portfolio, params, core });
      expect([
        figures[a]!.initialMargin,
        figures[a]!.maintenanceMargin,
        figures[a]!.equity,
      ]).toEqual([r.initialMargin, r.maintenanceMargin, r.equity]);
    }
  }, 240_000);

  test('dcro impact --rpc --vault reports against the active set and verifies from the chain at the same block', () => {
    const vault = chain.deployment.vault;
    const out = join(dir, 'report.json');
    const r = dcro([
      'impact',
      '--params',
      'span-like',
      '--rpc',
      chain.rpcUrl,
      '--vault',
      vault,
      '--out',
      out,
      '--workers',
      '1',
    ]);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.current.name).toBe(chain.deployment.profile);
    expect(report.inputs.source).toMatchObject({ kind: 'chain', vault: vault.toLowerCase() });
    expect(report.inputs.accounts).toBeGreaterThanOrEqual(chain.accounts.length);
    const v = dcro([
      'impact',
      '--params',
      'span-like',
      '--rpc',
      chain.rpcUrl,
      '--verify',
      out,
      '--workers',
      '1',
    ]);
    expect(v.code, v.err).toBe(0);
    expect(v.out).toMatch(/^verified/);
  }, 240_000);
});
