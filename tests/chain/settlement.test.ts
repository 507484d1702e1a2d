import { getAddress, maxUint256, parseEther, type Address, type Hex } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dcroVaultAbi } from '../../src/lib/chain/abis/DcroVault';
import { mockAggregatorAbi } from '../../src/lib/chain/abis/MockAggregator';
import { testTokenAbi } from '../../src/lib/chain/abis/TestToken';
import { accountStateHash, type AccountState } from '../../src/lib/chain/AccountState';
import { ANVIL_KEYS } from '../../src/lib/chain/anvilAccounts';
import type { Trade } from '../../src/lib/chain/attestationTypes';
import { decodeInstrument } from '../../src/lib/chain/ChainInstrument';
import { createSigner } from '../../src/lib/chain/createSigner';
import { send } from '../../src/lib/chain/sendTransaction';
import {
  PAYOFF_SCALE,
  settlementCredit,
  settlementState,
  settlementUnitValue,
  type SettlementInput,
} from '../../src/lib/chain/settlementState';
import { signQuote } from '../../src/lib/chain/signQuote';
import type { DemoChain } from '../../src/lib/chain/startDemoChain';
import { submitTrade } from '../../src/lib/chain/submitTrade';
import { symbolToBytes32 } from '../../src/lib/chain/symbols';
import type { StartEngineServiceReturnType } from '../../src/lib/server/startEngineService';
import { startEngineSystem } from './startEngineSystem';
import { postJson, revertName, signedFromJson } from './helpers';

const E18 = 10n ** 18n;
const call = (id: bigint, strike: bigint) =>
  ({ id, name: `C${id}`, kind: 'option', right: 'call', strikeRaw: strike }) as const;
const put = (id: bigint, strike: bigint) =>
  ({ id, name: `P${id}`, kind: 'option', right: 'put', strikeRaw: strike }) as const;
const state = (s: Partial<AccountState>): AccountState => ({
  cash: 0n,
  collateralAssets: [],
  collateralAmounts: [],
  instrumentIds: [],
  quantities: [],
  ...s,
});

describe('settlementState (pure)', () => {
  test('unit values: call max(S−K,0), put max(K−S,0), future S', () => {
    expect(settlementUnitValue(call(1n, 100n), 130n)).toBe(30n);
    expect(settlementUnitValue(call(1n, 100n), 70n)).toBe(0n);
    expect(settlementUnitValue(put(1n, 100n), 70n)).toBe(30n);
    expect(settlementUnitValue(put(1n, 100n), 130n)).toBe(0n);
    const future = { id: 1n, name: 'F', kind: 'future', right: undefined, strikeRaw: 0n } as const;
    expect(settlementUnitValue(future, 130n)).toBe(130n);
  });

  test('the running-total credits floor, telescope and sum to zero across holders', () => {
    // Three holders of +0.7, +0.6 and −1.3 units of value 1 USDC unit each (n = 0.7e30 …).
    const n = [7n, 6n, -13n].map((k) => (k * PAYOFF_SCALE) / 10n);
    let s = 0n;
    const credits = n.map((x) => {
      const c = settlementCredit(s, x);
      s += x;
      return c;
    });
    expect(credits).toEqual([0n, 1n, -1n]);
    expect(s).toBe(0n);
    // Negative numerators floor toward −∞ (not truncation): −0.5 → −1.
    expect(settlementCredit(0n, -PAYOFF_SCALE / 2n)).toBe(-1n);
  });

  test('positions of the settled ids are removed, cash credited, order kept', () => {
    const K = 100n * E18;
    const out = settlementState({
      state: state({
        cash: 5n,
        instrumentIds: [2n, 4n, 9n],
        quantities: [3n * E18, -E18, E18],
      }),
      inputs: [
        { instrument: call(4n, K), settlementPrice: 150n * E18, settledNumerator: 7n },
        { instrument: put(2n, K), settlementPrice: 90n * E18, settledNumerator: 0n },
      ],
    });
    // id 4: short 1 call worth 50 USD → −50e6 (S = 7 adds nothing below 1e30); id 2: 3 puts × 10.
    expect(out.credits.map((c) => c.credit)).toEqual([-50_000_000n, 30_000_000n]);
    expect(out.state).toEqual(
      state({ cash: 5n - 50_000_000n + 30_000_000n, instrumentIds: [9n], quantities: [E18] }),
    );
  });

  test('what the vault would revert throws INVALID_ACTION', () => {
    const input = { instrument: call(3n, E18), settlementPrice: E18, settledNumerator: 0n };
    expect(() => settlementState({ state: state({}), inputs: [input] })).toThrow(/no position/);
    const held = state({ instrumentIds: [3n], quantities: [E18] });
    expect(() =>
      settlementState({ state: held, inputs: [{ ...input, settlementPrice: 0n }] }),
    ).toThrow(/not fixed/);
  });
});

let chain: DemoChain;
let service: StartEngineServiceReturnType;
const who = (role: string) => chain.accounts.find((a) => a.role === role)!;
const signerOf = (privateKey: Hex) => createSigner({ rpcUrl: chain.rpcUrl, privateKey });

let stop = async () => {};
beforeAll(async () => ({ chain, service, stop } = await startEngineSystem()), 60_000);
afterAll(() => stop());

const rpc = async (method: string, params: unknown[]) => {
  const r = await fetch(chain.rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await r.json()) as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
};
const vaultRead = <T>(functionName: string, args: readonly unknown[]) =>
  signerOf(ANVIL_KEYS.deployer).readContract({
    address: chain.deployment.vault,
    abi: dcroVaultAbi,
    functionName,
    args,
  } as never) as Promise<T>;
async function readState(account: Address): Promise<AccountState> {
  const [cash, collateralAssets, collateralAmounts, instrumentIds, quantities] = await vaultRead<
    [bigint, Address[], bigint[], bigint[], bigint[]]
  >('getAccount', [account]);
  return { cash, collateralAssets, collateralAmounts, instrumentIds, quantities };
}

/** A fresh account (funded with gas by anvil) with `usdc` units of cash in the vault. */
async function fundAccount(privateKey: Hex, usdc: bigint) {
  const address = privateKeyToAccount(privateKey).address;
  await rpc('anvil_setBalance', [address, `0x${parseEther('10').toString(16)}`]);
  const s = signerOf(privateKey);
  const USDC = chain.deployment.tokens.USDC.address;
  await send({
    signer: s,
    address: USDC,
    abi: testTokenAbi,
    functionName: 'mint',
    args: [address, usdc],
  });
  await send({
    signer: s,
    address: USDC,
    abi: testTokenAbi,
    functionName: 'approve',
    args: [chain.deployment.vault, maxUint256],
  });
  await send({
    signer: s,
    address: chain.deployment.vault,
    abi: dcroVaultAbi,
    functionName: 'depositCash',
    args: [address, usdc],
  });
  return address;
}

/** The taker buys `qtys` of `ids` from the LP (its quote signed directly), attested by the engine. */
async function buy(privateKey: Hex, ids: bigint[], qtys: bigint[], premium: bigint) {
  const taker = privateKeyToAccount(privateKey).address;
  const lp = who('lpPool');
  const block = await signerOf(ANVIL_KEYS.deployer).getBlock();
  const trade: Trade = {
    taker,
    maker: lp.address,
    instrumentIds: ids,
    quantities: qtys,
    premium,
    fee: 0n,
    quoteNonce: BigInt(Math.floor(Math.random() * 2 ** 48)),
    quoteDeadline: block.timestamp + 600n,
  };
  const quoteSignature = await signQuote({
    account: privateKeyToAccount(lp.privateKey),
    chainId: chain.deployment.chainId,
    vault: chain.deployment.vault,
    trade,
  });
  const attest = await postJson(`${service.url}/attest`, {
    account: taker,
    action: {
      type: 'trade',
      counterparty: lp.address,
      instrumentIds: ids.map(String),
      quantities: qtys.map(String),
      premium: String(premium),
      quoteNonce: String(trade.quoteNonce),
      quoteDeadline: String(trade.quoteDeadline),
      quoteSignature,
    },
  });
  expect(attest.status, JSON.stringify(attest.json)).toBe(200);
  await submitTrade({
    signer: signerOf(privateKey),
    vault: chain.deployment.vault,
    trade,
    quoteSignature,
    takerAttestation: signedFromJson(attest.json),
    makerAttestation: signedFromJson(attest.json.counterparty),
  });
}

const settle = (account: Address, ids: bigint[]) =>
  postJson(`${service.url}/attest`, {
    account,
    action: { type: 'settle', instrumentIds: ids.map(String) },
  });

/** The prediction from the vault's own views, independently of the engine. */
async function predict(account: Address, ids: bigint[]) {
  const inputs: SettlementInput[] = await Promise.all(
    ids.map(async (id) => {
      const instrument = decodeInstrument(id, await vaultRead('getInstrument', [id]));
      const [settlementPrice, settledNumerator] = await Promise.all([
        vaultRead<bigint>('settlementPrice', [
          symbolToBytes32(instrument.underlier),
          BigInt(instrument.expiry),
        ]),
        vaultRead<bigint>('settledNumerator', [id]),
      ]);
      return { instrument, settlementPrice, settledNumerator };
    }),
  );
  return settlementState({ state: await readState(account), inputs });
}

describe('settlement through the engine, against anvil', () => {
  test('expired options settle with the engine’s attestation, exactly as predicted', async () => {
    const listed = chain.deployment.listed;
    const expiry = Math.min(
      ...listed.filter((l) => l.underlier === 'BTC' && l.kind === 'option').map((l) => l.expiry),
    );
    const atExpiry = listed.filter((l) => l.underlier === 'BTC' && l.expiry === expiry);
    const c = atExpiry.filter((l) => l.right === 'call').sort((a, b) => a.strike - b.strike)[0]!;
    const p = atExpiry.filter((l) => l.right === 'put').sort((a, b) => a.strike - b.strike)[0]!;
    const ids = [c.id, p.id].sort((a, b) => (a < b ? -1 : 1));
    const perp = listed.find((l) => l.kind === 'perp')!;

    // Two holders of the call with "dusty" quantities: the second settles after the first.
    const keyA = ANVIL_KEYS.spare;
    const keyB = generatePrivateKey();
    const a = await fundAccount(keyA, 200_000_000_000n);
    const b = await fundAccount(keyB, 200_000_000_000n);
    const qA = 123_456_789_123_456_789n;
    const qB = 987_654_321_987_654_321n;
    await buy(
      keyA,
      ids,
      ids.map((id) => (id === c.id ? qA : qA * 2n)),
      5_000_000_000n,
    );
    await buy(keyB, [c.id], [qB], 20_000_000_000n);

    // Before expiry: a clear 422 naming the instrument; a perp never settles.
    const early = await settle(a, [c.id]);
    expect(early.status, JSON.stringify(early.json)).toBe(422);
    expect(early.json.error.code).toBe('NOT_EXPIRED');
    expect(early.json.error.message).toMatch(/^BTC-\w+-\d+-C \(id \d+\) has not expired/);
    const perpOut = await settle(a, [perp.id]);
    expect(perpOut.status).toBe(422);
    expect(perpOut.json.error.code).toBe('NOT_EXPIRED');

    // Past the expiry; fresh rounds for every feed (the BTC one is the first after the expiry,
    // and lands the call in the money by a non-round amount).
    await rpc('evm_setNextBlockTimestamp', [expiry + 60]);
    await rpc('evm_mine', []);
    const deployer = signerOf(ANVIL_KEYS.deployer);
    const btcAnswer = BigInt(Math.round(c.strike)) * 10n ** 8n + 123_456_789n; // 8 decimals
    for (const [key, aggregator] of Object.entries(chain.deployment.aggregators)) {
      const [, answer] = (await deployer.readContract({
        address: aggregator,
        abi: mockAggregatorAbi,
        functionName: 'latestRoundData',
      })) as readonly [bigint, bigint, bigint, bigint, bigint];
      await send({
        signer: deployer,
        address: aggregator,
        abi: mockAggregatorAbi,
        functionName: 'pushAnswer',
        args: [key === 'BTC' ? btcAnswer : answer],
      });
    }

    // Expired and unsettled: nothing but settling is signed (the forward is stale from now on).
    const withdrawal = await postJson(`${service.url}/attest`, {
      account: a,
      action: { type: 'withdrawCash', amount: '1' },
    });
    expect(withdrawal.status, JSON.stringify(withdrawal.json)).toBe(422);
    expect(withdrawal.json.error.code).toBe('INVALID_ACTION');
    expect(withdrawal.json.error.message).toContain('expired and not yet settled');

    // Expired but not fixed: 422 naming the instrument and the call that fixes it.
    const unfixed = await settle(a, ids);
    expect(unfixed.status, JSON.stringify(unfixed.json)).toBe(422);
    expect(unfixed.json.error.code).toBe('SETTLEMENT_PRICE_NOT_FIXED');
    expect(unfixed.json.error.message).toContain(`(id ${ids[0]})`);
    expect(unfixed.json.error.details.join(' ')).toContain('fixSettlementPrice(bytes32("BTC")');

    const btcAggregator = chain.deployment.aggregators.BTC!;
    const roundId = (await deployer.readContract({
      address: btcAggregator,
      abi: mockAggregatorAbi,
      functionName: 'latestRound',
    })) as bigint;
    await send({
      signer: deployer,
      address: chain.deployment.vault,
      abi: dcroVaultAbi,
      functionName: 'fixSettlementPrice',
      args: [symbolToBytes32('BTC'), BigInt(expiry), roundId],
    });
    const price = await vaultRead<bigint>('settlementPrice', [
      symbolToBytes32('BTC'),
      BigInt(expiry),
    ]);
    expect(price).toBe(btcAnswer * 10n ** 10n);

    // A settles both; then B settles the call on top of A's running total.
    const settlements: [Address, bigint[]][] = [
      [a, ids],
      [b, [c.id]],
    ];
    for (const [account, settleIds] of settlements) {
      const predicted = await predict(account, settleIds);
      const out = await settle(account, settleIds);
      expect(out.status, JSON.stringify(out.json)).toBe(200);
      expect(out.json.attestation.stateHash).toBe(accountStateHash(predicted.state));
      expect(out.json.settlement.credits.map((x: { credit: string }) => BigInt(x.credit))).toEqual(
        predicted.credits.map((x) => x.credit),
      );
      expect(out.json.margin.initialHeadroom).toBeGreaterThanOrEqual(0);
      await send({
        signer: deployer, // anyone may send settle
        address: chain.deployment.vault,
        abi: dcroVaultAbi,
        functionName: 'settle',
        args: [account, settleIds, signedFromJson(out.json)],
      });
      expect(await vaultRead('accountStateHash', [account])).toBe(
        accountStateHash(predicted.state),
      );
      expect(await readState(account)).toEqual(predicted.state);
    }

    // The credits are the running-total rule's: A first, B on top of A's numerator.
    const value = price - BigInt(c.strike) * E18;
    const nA = qA * value;
    const nB = qB * value;
    expect(nA % PAYOFF_SCALE).not.toBe(0n); // dust: the floor matters
    expect(nA / PAYOFF_SCALE).toBeGreaterThan(0n);
    const cashA = (await readState(a)).cash;
    const cashB = (await readState(b)).cash;
    expect(cashA).toBe(200_000_000_000n - 5_000_000_000n + nA / PAYOFF_SCALE);
    expect(cashB).toBe(
      200_000_000_000n - 20_000_000_000n + (nA + nB) / PAYOFF_SCALE - nA / PAYOFF_SCALE,
    );
    expect(await vaultRead('settledNumerator', [c.id])).toBe(nA + nB);
    expect((await readState(a)).instrumentIds).toEqual([]);

    // Settled already: no position left (the vault would revert with NoPosition).
    const again = await settle(a, [c.id]);
    expect(again.status).toBe(422);
    expect(again.json.error.code).toBe('INVALID_ACTION');
    expect(again.json.error.message).toContain('no position');
  }, 40_000);

  test('a settle action with no instrument ids is a 400', async () => {
    const r = await postJson(`${service.url}/attest`, {
      account: getAddress(who('retail').address),
      action: { type: 'settle', instrumentIds: [] },
    });
    expect(r.status).toBe(400);
    expect(r.json.error.field).toBe('action.instrumentIds');
  });

  test('an unsettleable request never reaches a signature: the vault agrees it would revert', async () => {
    const unlisted = 10_000n;
    const r = await settle(who('retail').address, [unlisted]);
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('INVALID_ACTION');
    expect(
      await revertName(() =>
        send({
          signer: signerOf(ANVIL_KEYS.deployer),
          address: chain.deployment.vault,
          abi: dcroVaultAbi,
          functionName: 'settle',
          args: [
            who('retail').address,
            [unlisted],
            {
              attestation: { ...zeroAttestation, account: who('retail').address },
              signature: '0x',
            },
          ],
        }),
      ),
    ).toBe('DcroVault_UnknownInstrument');
  });
});

const zeroAttestation = {
  account: '0x0000000000000000000000000000000000000000' as Address,
  stateHash: `0x${'0'.repeat(64)}` as Hex,
  marketHash: `0x${'0'.repeat(64)}` as Hex,
  paramsHash: `0x${'0'.repeat(64)}` as Hex,
  equity: 0n,
  initialMargin: 0n,
  maintenanceMargin: 0n,
  nonce: 0n,
  deadline: 0n,
};
