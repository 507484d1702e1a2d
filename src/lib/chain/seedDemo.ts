import { maxUint256, parseUnits, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { CoreExports } from '../engine/CoreExports';
import { loadCoreNode } from '../engine/loadCoreNode';
import { BaseError } from '../errors/BaseError';
import type { MarketSnapshot } from '../import/MarketSnapshot';
import { createEngine, type Engine } from '../server/createEngine';
import { dcroVaultAbi } from './abis/DcroVault';
import { testTokenAbi } from './abis/TestToken';
import { ANVIL_KEYS } from './anvilAccounts';
import type { Trade } from './attestationTypes';
import { createChainClient } from './createChainClient';
import { createSigner } from './createSigner';
import type { DcroDeployment } from './deployDcro';
import { instrumentKey } from './demoInstruments';
import { demoTrades, type DemoLeg } from './demoTrades';
import { toFixed } from './fixedPoint';
import { loadVaultContext } from './loadVaultContext';
import { postMarketData } from './postMarketData';
import { signQuote } from './signQuote';
import { send } from './sendTransaction';
import { submitTrade } from './submitTrade';

export type DemoAccount = {
  role: 'marketMaker' | 'lpPool' | 'retail';
  label: string;
  address: Address;
  /** Anvil's public dev key: demo only. */
  privateKey: Hex;
};

export type SeedDemoParameters = {
  deployment: DcroDeployment;
  market: MarketSnapshot;
  /** The engine signer's key (must be the deployment's engine signer). */
  engineKey: Hex;
  core?: CoreExports;
};

export type SeedDemoReturnType = { accounts: DemoAccount[]; trades: number };

/** Collateral deposited per account: token symbol → whole units. */
const DEPOSITS: Record<DemoAccount['role'], Record<'USDC' | 'WETH' | 'WBTC', number>> = {
  marketMaker: { USDC: 850_000, WBTC: 8, WETH: 150 },
  lpPool: { USDC: 10_000_000, WBTC: 60, WETH: 1_500 },
  retail: { USDC: 20_000, WBTC: 0, WETH: 0 },
};

/**
 * Seeds a fresh deployment: posts the snapshot's forwards and vols, funds three demo accounts
 * (anvil keys #1–#3) and builds their books through REAL attested trades against the LP pool:
 * each trade is quoted (EIP-712 Quote) by the LP, attested for both sides by the engine code
 * (`createEngine`, the same path as `POST /attest`) and sent by the taker.
 *
 * @example
 * const { accounts } = await seedDemo({ deployment, market, engineKey });
 * accounts.find((a) => a.role === 'marketMaker')!.address;
 */
export async function seedDemo(p: SeedDemoParameters): Promise<SeedDemoReturnType> {
  const { deployment: d, market } = p;
  const core = p.core ?? (await loadCoreNode());
  const keeper = createSigner({
    rpcUrl: d.rpcUrl,
    privateKey: ANVIL_KEYS.deployer,
    chainId: d.chainId,
  });
  await postMarketData({
    signer: keeper,
    marketDataFeed: d.marketDataFeed,
    market,
    instruments: d.listed,
  });

  const accounts: DemoAccount[] = [
    {
      role: 'marketMaker',
      label: 'Market maker (delta hedged)',
      privateKey: ANVIL_KEYS.marketMaker,
    },
    { role: 'lpPool', label: 'LP pool (maker of quotes)', privateKey: ANVIL_KEYS.lpPool },
    { role: 'retail', label: 'Retail trader', privateKey: ANVIL_KEYS.retail },
  ].map((a) => ({ ...a, address: privateKeyToAccount(a.privateKey).address }) as DemoAccount);

  for (const a of accounts) {
    const signer = createSigner({ rpcUrl: d.rpcUrl, privateKey: a.privateKey, chainId: d.chainId });
    for (const [symbol, units] of Object.entries(DEPOSITS[a.role])) {
      if (units === 0) continue;
      const token = d.tokens[symbol as keyof typeof d.tokens];
      const amount = parseUnits(String(units), token.decimals);
      await send({
        signer,
        address: token.address,
        abi: testTokenAbi,
        functionName: 'mint',
        args: [a.address, amount],
      });
      await send({
        signer,
        address: token.address,
        abi: testTokenAbi,
        functionName: 'approve',
        args: [d.vault, maxUint256],
      });
      await send({
        signer,
        address: d.vault,
        abi: dcroVaultAbi,
        functionName: 'deposit',
        args: [token.address, amount],
      });
    }
  }

  const ctx = await loadVaultContext({
    client: createChainClient({ rpcUrl: d.rpcUrl, chainId: d.chainId }),
    vault: d.vault,
  });
  const engine = createEngine({ ctx, core, engineKey: p.engineKey });
  const legs = demoTrades({ market, core });
  const lp = accounts.find((a) => a.role === 'lpPool')!;
  let trades = 0;
  for (const role of ['marketMaker', 'retail'] as const) {
    const taker = accounts.find((a) => a.role === role)!;
    for (const chunk of chunks(sortById(legs[role], d), 16)) {
      await tradeAgainstLp({ engine, d, taker, lp, legs: chunk, quoteNonce: BigInt(++trades) });
    }
  }
  return { accounts, trades };
}

function sortById(legs: DemoLeg[], d: DcroDeployment) {
  const ids = new Map(d.listed.map((l) => [instrumentKey(l), l.id]));
  return legs
    .map((leg) => {
      const id = ids.get(instrumentKey(leg.instrument));
      if (id === undefined)
        throw new BaseError(`Demo leg ${instrumentKey(leg.instrument)} is not listed.`, {
          code: 'SEED_FAILED',
        });
      return { ...leg, id };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

async function tradeAgainstLp(p: {
  engine: Engine;
  d: DcroDeployment;
  taker: DemoAccount;
  lp: DemoAccount;
  legs: (DemoLeg & { id: bigint })[];
  quoteNonce: bigint;
}) {
  const premiumUsd = p.legs.reduce((sum, l) => sum + l.qty * l.priceUsd, 0);
  const block = await p.engine.ctx.client.getBlock();
  const trade: Trade = {
    taker: p.taker.address,
    maker: p.lp.address,
    instrumentIds: p.legs.map((l) => l.id),
    quantities: p.legs.map((l) => parseUnits(String(l.qty), 18)),
    premium: toFixed(premiumUsd, 6, 'down'),
    fee: 0n,
    quoteNonce: p.quoteNonce,
    quoteDeadline: block.timestamp + 600n,
  };
  const out = await p.engine.attest(p.taker.address, {
    type: 'trade',
    counterparty: trade.maker,
    instrumentIds: [...trade.instrumentIds],
    quantities: [...trade.quantities],
    premium: trade.premium,
    fee: trade.fee,
  });
  if (!out.ok)
    throw new BaseError(`The engine refused a demo trade of ${p.taker.label}.`, {
      code: 'SEED_FAILED',
      details: [
        `${out.refusal.account}: headroom ${out.refusal.initialHeadroom}, ${out.refusal.binding.label}`,
      ],
    });
  const quoteSignature = await signQuote({
    account: privateKeyToAccount(p.lp.privateKey),
    chainId: p.d.chainId,
    vault: p.d.vault,
    trade,
  });
  await submitTrade({
    signer: createSigner({
      rpcUrl: p.d.rpcUrl,
      privateKey: p.taker.privateKey,
      chainId: p.d.chainId,
    }),
    vault: p.d.vault,
    trade,
    quoteSignature,
    takerAttestation: { attestation: out.signed.attestation, signature: out.signed.signature },
    makerAttestation: {
      attestation: out.counterparty!.attestation,
      signature: out.counterparty!.signature,
    },
  });
}
