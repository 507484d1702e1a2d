import { getAddress, maxUint256, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dcroVaultAbi } from '../../src/lib/chain/abis/DcroVault';
import { mockAggregatorAbi } from '../../src/lib/chain/abis/MockAggregator';
import { testTokenAbi } from '../../src/lib/chain/abis/TestToken';
import { accountStateHash, type AccountState } from '../../src/lib/chain/AccountState';
import { ANVIL_KEYS } from '../../src/lib/chain/anvilAccounts';
import type { Trade } from '../../src/lib/chain/attestationTypes';
import { createSigner, type Signer } from '../../src/lib/chain/createSigner';
import { fromUnits, toFixed } from '../../src/lib/chain/fixedPoint';
import { liquidationPayout, liquidationStates } from '../../src/lib/chain/liquidationStates';
import { send } from '../../src/lib/chain/sendTransaction';
import type { DemoChain } from '../../src/lib/chain/startDemoChain';
import { submitTrade } from '../../src/lib/chain/submitTrade';
import type { StartEngineServiceReturnType } from '../../src/lib/server/startEngineService';
import { startEngineSystem } from './startEngineSystem';
import { postJson, revertName, signedFromJson } from './helpers';

const E18 = 10n ** 18n;
const A = getAddress('0x00000000000000000000000000000000000000aa');
const B = getAddress('0x00000000000000000000000000000000000000bb');
const C = getAddress('0x00000000000000000000000000000000000000cc');
const state = (s: Partial<AccountState>): AccountState => ({
  cash: 0n,
  collateralAssets: [],
  collateralAmounts: [],
  instrumentIds: [],
  quantities: [],
  ...s,
});

describe('liquidationStates (pure)', () => {
  test('the payout is floor(equity · 0.95 / 1e12) for positive equity, else 0', () => {
    expect(liquidationPayout(1_000n * E18)).toBe(950_000_000n);
    // 1_052_631_578_947 · 0.95 = 999_999_999_999.65 → 999_999_999_999, then / 1e12 → 0
    expect(liquidationPayout(1_052_631_578_947n)).toBe(0n);
    expect(liquidationPayout(1_052_631_578_948n * 10n ** 6n)).toBe(1_000_000n);
    expect(liquidationPayout(0n)).toBe(0n);
    expect(liquidationPayout(-7n * E18)).toBe(0n);
  });

  test('positions net and vanish at zero, collateral merges in listing order, cash moves', () => {
    const out = liquidationStates({
      victim: state({
        cash: -3_000_000n,
        collateralAssets: [A, C],
        collateralAmounts: [5n, 7n],
        instrumentIds: [2n, 4n, 9n],
        quantities: [-E18, 3n * E18, 2n],
      }),
      liquidator: state({
        cash: 100_000_000n,
        collateralAssets: [B],
        collateralAmounts: [11n],
        instrumentIds: [1n, 4n],
        quantities: [E18, -3n * E18],
      }),
      equity: 10n * E18,
      collateralAssets: [A, B, C],
    });
    expect(out.payout).toBe(9_500_000n);
    expect(out.victim).toEqual(state({ cash: 9_500_000n }));
    expect(out.liquidator).toEqual({
      cash: 100_000_000n - 3_000_000n - 9_500_000n,
      collateralAssets: [A, B, C],
      collateralAmounts: [5n, 11n, 7n],
      instrumentIds: [1n, 2n, 9n],
      quantities: [E18, -E18, 2n],
    });
  });
});

let chain: DemoChain;
let service: StartEngineServiceReturnType;
const who = (role: string) => chain.accounts.find((a) => a.role === role)!;
const victimKey = ANVIL_KEYS.spare;
const victim = privateKeyToAccount(victimKey).address;

let stop = async () => {};
beforeAll(async () => ({ chain, service, stop } = await startEngineSystem()), 60_000);
afterAll(() => stop());

const signerOf = (privateKey: Hex) => createSigner({ rpcUrl: chain.rpcUrl, privateKey });
const read = <T>(
  functionName: 'accountStateHash' | 'getAccount' | 'positionOf' | 'collateralAssets',
  args: readonly unknown[],
) =>
  signerOf(ANVIL_KEYS.deployer).readContract({
    address: chain.deployment.vault,
    abi: dcroVaultAbi,
    functionName,
    args,
  } as never) as Promise<T>;

async function readState(account: Address): Promise<AccountState> {
  const [cash, collateralAssets, collateralAmounts, instrumentIds, quantities] = await read<
    [bigint, Address[], bigint[], bigint[], bigint[]]
  >('getAccount', [account]);
  return { cash, collateralAssets, collateralAmounts, instrumentIds, quantities };
}

/**
 * The victim sells ETH perps to the LP through quote → attest → trade: `qty` (18 decimals, > 0)
 * or, while the engine refuses it for initial margin, 5% less each time. Returns what it sold.
 */
async function sellPerp(ethPerp: bigint, qty: bigint, signer: Signer): Promise<bigint> {
  const quote = await postJson(`${service.url}/quote`, {
    taker: victim,
    instrumentIds: [String(ethPerp)],
    quantities: [String(-qty)],
  });
  expect(quote.status, JSON.stringify(quote.json)).toBe(200);
  const t = quote.json.trade;
  const attest = await postJson(`${service.url}/attest`, {
    account: victim,
    action: {
      type: 'trade',
      counterparty: t.maker,
      instrumentIds: t.instrumentIds,
      quantities: t.quantities,
      premium: t.premium,
      fee: t.fee,
      quoteNonce: t.quoteNonce,
      quoteDeadline: t.quoteDeadline,
      quoteSignature: quote.json.quoteSignature,
    },
  });
  if (attest.status === 422 && attest.json.error.code === 'INSUFFICIENT_MARGIN')
    return sellPerp(ethPerp, (qty * 95n) / 100n, signer);
  expect(attest.status, JSON.stringify(attest.json)).toBe(200);
  const trade: Trade = {
    taker: t.taker,
    maker: t.maker,
    instrumentIds: t.instrumentIds.map(BigInt),
    quantities: t.quantities.map(BigInt),
    premium: BigInt(t.premium),
    fee: BigInt(t.fee),
    quoteNonce: BigInt(t.quoteNonce),
    quoteDeadline: BigInt(t.quoteDeadline),
  };
  await submitTrade({
    signer,
    vault: chain.deployment.vault,
    trade,
    quoteSignature: quote.json.quoteSignature,
    takerAttestation: signedFromJson(attest.json),
    makerAttestation: signedFromJson(attest.json.counterparty),
  });
  return qty;
}

const margin = async (account: Address) => {
  const r = await postJson(`${service.url}/margin`, { account });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return r.json;
};
const liquidate = (account: Address, liquidator: Address) =>
  postJson(`${service.url}/attest`, { account, action: { type: 'liquidate', liquidator } });

describe('liquidation through the engine, against anvil', () => {
  test('an account driven below maintenance margin is liquidated with the engine’s attestations', async () => {
    const lp = who('lpPool');
    const { USDC, WBTC } = chain.deployment.tokens;
    const ethPerp = chain.deployment.listed.find(
      (l) => l.underlier === 'ETH' && l.kind === 'perp',
    )!.id;

    // A fresh account: 2,000 USDC of cash and 0.01 WBTC of collateral.
    const v = signerOf(victimKey);
    const mint = async (token: Address, amount: bigint) => {
      await send({
        signer: v,
        address: token,
        abi: testTokenAbi,
        functionName: 'mint',
        args: [victim, amount],
      });
      await send({
        signer: v,
        address: token,
        abi: testTokenAbi,
        functionName: 'approve',
        args: [chain.deployment.vault, maxUint256],
      });
    };
    await mint(USDC.address, 2_000_000_000n);
    await mint(WBTC.address, 1_000_000n);
    const vault = chain.deployment.vault;
    await send({
      signer: v,
      address: vault,
      abi: dcroVaultAbi,
      functionName: 'depositCash',
      args: [victim, 2_000_000_000n],
    });
    await send({
      signer: v,
      address: vault,
      abi: dcroVaultAbi,
      functionName: 'deposit',
      args: [WBTC.address, 1_000_000n],
    });

    // Short ETH perps near the initial-margin limit (first guess: IM of one perp, linearly).
    const before = await margin(victim);
    const one = await postJson(`${service.url}/attest`, {
      account: victim,
      action: {
        type: 'trade',
        counterparty: lp.address,
        instrumentIds: [String(ethPerp)],
        quantities: [String(-E18)],
        premium: '-2315550000',
      },
    });
    expect(one.status, JSON.stringify(one.json)).toBe(200);
    const perUnit = before.margin.initialHeadroom - one.json.margin.initialHeadroom;
    const target = toFixed((0.9 * before.margin.initialHeadroom) / perUnit, 18, 'down');
    const qty = await sellPerp(ethPerp, target, v);

    // Healthy: the engine refuses to liquidate it (and the demo market maker).
    for (const account of [victim, who('marketMaker').address]) {
      const healthy = await liquidate(account, lp.address);
      expect(healthy.status, JSON.stringify(healthy.json)).toBe(422);
      expect(healthy.json.error.code).toBe('NOT_LIQUIDATABLE');
      expect(healthy.json.error.maintenanceHeadroom).toBeGreaterThanOrEqual(0);
      expect(healthy.json.error.message).toContain('maintenance headroom');
    }

    // ETH up until the loss eats the maintenance headroom and half the maintenance margin.
    const after = await margin(victim);
    const spot: number = after.portfolio.underliers.ETH.spot;
    const loss = after.margin.maintenanceHeadroom + 0.5 * after.margin.maintenanceMargin;
    const newSpot = spot + loss / fromUnits(qty, 18);
    await send({
      signer: signerOf(ANVIL_KEYS.deployer),
      address: chain.deployment.aggregators.ETH!,
      abi: mockAggregatorAbi,
      functionName: 'pushAnswer',
      args: [toFixed(newSpot, 8, 'up')],
    });
    const under = await margin(victim);
    expect(under.margin.maintenanceHeadroom).toBeLessThan(0);
    expect(under.margin.equity).toBeGreaterThan(0);

    const [victimBefore, lpBefore, listed] = await Promise.all([
      readState(victim),
      readState(lp.address),
      read<Address[]>('collateralAssets', []),
    ]);
    const out = await liquidate(victim, lp.address);
    expect(out.status, JSON.stringify(out.json)).toBe(200);
    expect(out.json.account).toBe(victim);
    expect(out.json.counterparty.account).toBe(lp.address);
    expect(out.json.margin.maintenanceHeadroom).toBeLessThan(0);
    expect(out.json.counterparty.margin.initialHeadroom).toBeGreaterThanOrEqual(0);
    const equity = BigInt(out.json.attestation.equity);
    const predicted = liquidationStates({
      victim: victimBefore,
      liquidator: lpBefore,
      equity,
      collateralAssets: listed,
    });
    expect(out.json.attestation.stateHash).toBe(accountStateHash(victimBefore));
    expect(out.json.counterparty.attestation.stateHash).toBe(
      accountStateHash(predicted.liquidator),
    );
    expect(out.json.liquidation.payout).toBe(String(predicted.payout));
    expect(predicted.payout).toBeGreaterThan(0n);

    const victimAtt = signedFromJson(out.json);
    const lpAtt = signedFromJson(out.json.counterparty);
    const liquidateTx = () =>
      send({
        signer: signerOf(lp.privateKey),
        address: vault,
        abi: dcroVaultAbi,
        functionName: 'liquidate',
        args: [victim, victimAtt, lpAtt],
      });
    await liquidateTx();

    expect(await read('accountStateHash', [lp.address])).toBe(
      accountStateHash(predicted.liquidator),
    );
    expect(await readState(victim)).toEqual(predicted.victim);
    const lpPerpBefore = lpBefore.quantities[lpBefore.instrumentIds.indexOf(ethPerp)] ?? 0n;
    expect(await read('positionOf', [lp.address, ethPerp])).toBe(lpPerpBefore - qty);
    expect(await read('positionOf', [victim, ethPerp])).toBe(0n);

    // The same attestations again: the victim's nonce is consumed.
    expect(await revertName(liquidateTx)).toBe('DcroVault_InvalidNonce');
  }, 40_000);

  test('a liquidator that is the account itself is refused', async () => {
    const mm = who('marketMaker').address;
    const r = await liquidate(mm, mm);
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('INVALID_ACTION');
  });

  test('a liquidate action without a valid liquidator address is a 400', async () => {
    const r = await postJson(`${service.url}/attest`, {
      account: who('marketMaker').address,
      action: { type: 'liquidate', liquidator: 'nope' },
    });
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe('action.liquidator');
  });
});
