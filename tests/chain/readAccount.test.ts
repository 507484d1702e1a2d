import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dcroVaultAbi } from '../../src/lib/chain/abis/DcroVault';
import { applyAction } from '../../src/lib/chain/applyAction';
import { accountStateHash } from '../../src/lib/chain/AccountState';
import { testTokenAbi } from '../../src/lib/chain/abis/TestToken';
import { createChainClient } from '../../src/lib/chain/createChainClient';
import { createSigner } from '../../src/lib/chain/createSigner';
import { send } from '../../src/lib/chain/sendTransaction';
import { loadVaultContext, type VaultContext } from '../../src/lib/chain/loadVaultContext';
import { readAccount } from '../../src/lib/chain/readAccount';
import { startDemoChain, type DemoChain } from '../../src/lib/chain/startDemoChain';
import { computeMargin } from '../../src/lib/engine/computeMargin';
import { loadCoreNode } from '../../src/lib/engine/loadCoreNode';
import { loadProfile } from '../../src/lib/model/profiles';

let chain: DemoChain;
let ctx: VaultContext;
const who = (role: string) => chain.accounts.find((a) => a.role === role)!;

beforeAll(async () => {
  chain = await startDemoChain();
  ctx = await loadVaultContext({
    client: createChainClient({ rpcUrl: chain.rpcUrl }),
    vault: chain.deployment.vault,
  });
}, 60_000);
afterAll(async () => {
  await chain?.stop();
});

describe('readAccount', () => {
  test('the retail account reads back as its demo book: 4 long options, USDC, the snapshot market', async () => {
    const r = await readAccount({ ctx, account: who('retail').address });
    expect(r.instruments.map((i) => i.name).sort()).toEqual([
      'BTC-1MAY26-70000-P',
      'BTC-26JUN26-84000-C',
      'ETH-26JUN26-2200-P',
      'ETH-29MAY26-2800-C',
    ]);
    expect(r.portfolio.positions.map((p) => p.qty).sort()).toEqual([0.3, 0.5, 10, 5]);
    expect(r.portfolio.collateral).toEqual([
      { asset: 'USDC', amount: 20000, price: 1, confidence: 1 },
    ]);
    expect(r.portfolio.underliers.ETH!.spot).toBe(2315.55);
    expect(r.portfolio.cash).toBeLessThan(0); // premiums paid
    expect(r.paramsHash).toBe(chain.deployment.paramsHash);
  });

  test('state and market hashes recomputed in TypeScript equal the vault’s views', async () => {
    const r = await readAccount({ ctx, account: who('marketMaker').address });
    const [state, market] = await Promise.all([
      ctx.client.readContract({
        address: ctx.vault,
        abi: dcroVaultAbi,
        functionName: 'accountStateHash',
        args: [r.account],
        blockNumber: r.blockNumber,
      }),
      ctx.client.readContract({
        address: ctx.vault,
        abi: dcroVaultAbi,
        functionName: 'currentMarketHash',
        blockNumber: r.blockNumber,
      }),
    ]);
    expect(r.stateHash).toBe(state);
    expect(r.marketHash).toBe(market);
    expect(r.portfolio.positions).toHaveLength(40);
  });

  test('an account read at an earlier block is the state of that block', async () => {
    const retail = who('retail');
    const before = await readAccount({ ctx, account: retail.address });
    const signer = createSigner({ rpcUrl: chain.rpcUrl, privateKey: retail.privateKey });
    const usdc = chain.deployment.tokens.USDC.address;
    await send({
      signer,
      address: usdc,
      abi: testTokenAbi,
      functionName: 'mint',
      args: [retail.address, 5_000_000n],
    });
    await send({
      signer,
      address: ctx.vault,
      abi: dcroVaultAbi,
      functionName: 'depositCash',
      args: [retail.address, 5_000_000n],
    });
    const now = await readAccount({ ctx, account: retail.address });
    const then = await readAccount({
      ctx,
      account: retail.address,
      blockNumber: before.blockNumber,
    });
    expect(now.portfolio.cash).toBe(before.portfolio.cash + 5);
    expect(then.portfolio.cash).toBe(before.portfolio.cash);
    expect(then.stateHash).toBe(before.stateHash);
  });

  test('the market maker is delta hedged on chain (deltas of the full demo book)', async () => {
    const r = await readAccount({ ctx, account: who('marketMaker').address });
    const result = computeMargin({
      portfolio: r.portfolio,
      params: loadProfile('dcro-default'),
      core: await loadCoreNode(),
    });
    expect(result.initialHeadroom).toBeGreaterThan(0);
    // The book's options are hedged against its BTC/ETH collateral (8 BTC, 150 ETH).
    expect(Math.abs(result.greeks.BTC!.delta + 8)).toBeLessThan(0.5);
    expect(Math.abs(result.greeks.ETH!.delta + 150)).toBeLessThan(5);
  });

  test('applyAction predicts the vault’s post-trade state hash', async () => {
    const before = await readAccount({ ctx, account: who('retail').address });
    const after = applyAction({
      state: before.state,
      account: before.account,
      feeAccount: chain.deployment.deployer,
      action: {
        type: 'withdraw',
        asset: chain.deployment.tokens.USDC.address,
        amount: 20_000_000_000n,
      },
    });
    expect(after.collateralAssets).toEqual([]);
    expect(accountStateHash(after)).toBe(
      accountStateHash({ ...before.state, collateralAssets: [], collateralAmounts: [] }),
    );
    expect(() =>
      applyAction({
        state: before.state,
        account: before.account,
        feeAccount: chain.deployment.deployer,
        action: { type: 'withdrawCash', amount: 1n },
      }),
    ).toThrow(/cannot withdraw 1 cash units/);
  });
});
