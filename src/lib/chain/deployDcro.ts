import { parseUnits, type Address, type Hex } from 'viem';
import { hashParams } from '../engine/hashInputs';
import { BaseError } from '../errors/BaseError';
import type { MarketSnapshot } from '../import/MarketSnapshot';
import { loadProfile } from '../model/profiles';
import { dcroRiskParamsAbi, dcroRiskParamsBytecode } from './abis/DcroRiskParams';
import { dcroVaultAbi, dcroVaultBytecode } from './abis/DcroVault';
import { marketDataFeedAbi, marketDataFeedBytecode } from './abis/MarketDataFeed';
import { mockAggregatorAbi, mockAggregatorBytecode } from './abis/MockAggregator';
import { spotOracleAbi, spotOracleBytecode } from './abis/SpotOracle';
import { testTokenAbi, testTokenBytecode } from './abis/TestToken';
import { ANVIL_KEYS } from './anvilAccounts';
import { KIND_CODES, RIGHT_CODES } from './ChainInstrument';
import { createSigner, type Signer } from './createSigner';
import { demoInstruments, type InstrumentSpec } from './demoInstruments';
import { send } from './sendTransaction';
import { symbolToBytes32 } from './symbols';

export type DeployDcroParameters = {
  rpcUrl: string;
  /** Spot prices for the initial oracle rounds (its `asOf` must not be after the chain's time). */
  market: MarketSnapshot;
  /** The engine's signing address (DcroRiskParams signer set). */
  engineSigner: Address;
  /** Deployer = owner, admin, guardian, oracle keeper and fee account. Default anvil key #0. */
  deployerKey?: Hex;
  /** The active `dcro.params/1` profile (its hash goes on chain). Default `dcro-default`. */
  profile?: string;
  /** Instruments to list, in id order. Default: every instrument of the demo books. */
  instruments?: InstrumentSpec[];
};

/** A collateral token of the deployment: its SpotOracle key is the portfolio asset name. */
export type DeployedToken = {
  address: Address;
  symbol: string;
  decimals: number;
  priceKey: string;
};

export type DcroDeployment = {
  rpcUrl: string;
  chainId: number;
  vault: Address;
  riskParams: Address;
  spotOracle: Address;
  marketDataFeed: Address;
  /** USDC (the cash asset), WETH, WBTC. */
  tokens: { USDC: DeployedToken; WETH: DeployedToken; WBTC: DeployedToken };
  /** MockAggregator per SpotOracle key (`USDC`, `ETH`, `BTC`): push answers to move the market. */
  aggregators: Record<string, Address>;
  deployer: Address;
  engineSigner: Address;
  profile: string;
  paramsHash: Hex;
  /** The listed instruments; ids are 1, 2, … in this order. */
  listed: (InstrumentSpec & { id: bigint })[];
};

/** Aggregator answers have 8 decimals, like Chainlink's USD feeds. */
const FEED_DECIMALS = 8;
/** The oracle's largest staleness (7 days): the demo chain keeps working for a week unattended. */
const MAX_STALENESS = 7 * 24 * 3600;
const TIMELOCK_DELAY = 24 * 3600;

/**
 * Deploys DCRO on a chain: test tokens (USDC 6, WETH 18, WBTC 8 decimals), one MockAggregator per
 * spot key (USDC at 1, ETH and BTC at the snapshot's spot), SpotOracle, MarketDataFeed,
 * DcroRiskParams (the profile's hash, the engine signer, the profile's haircuts) and DcroVault; it
 * lists the three tokens as collateral and `instruments`. Expiries must lie after the chain's
 * time: start anvil at the snapshot's time (`startAnvil({ timestamp: market.asOf })`).
 *
 * @example
 * const anvil = await startAnvil({ timestamp: market.asOf });
 * const d = await deployDcro({ rpcUrl: anvil.rpcUrl, market, engineSigner });
 * d.vault; // '0x…'
 */
export async function deployDcro(parameters: DeployDcroParameters): Promise<DcroDeployment> {
  const { rpcUrl, market, engineSigner, deployerKey = ANVIL_KEYS.deployer } = parameters;
  const profile = parameters.profile ?? 'dcro-default';
  const params = loadProfile(profile);
  const instruments = parameters.instruments ?? demoInstruments();
  const signer = createSigner({ rpcUrl, privateKey: deployerKey });
  const deployer = signer.account.address;
  const chainId = await signer.getChainId();
  const block = await signer.getBlock();
  const firstExpiry = Math.min(...instruments.filter((i) => i.expiry > 0).map((i) => i.expiry));
  if (Number(block.timestamp) >= firstExpiry)
    throw new BaseError('The chain’s clock is past the instruments’ expiries.', {
      code: 'CHAIN_CLOCK',
      details: [`block time ${block.timestamp}, first expiry ${firstExpiry}`],
      metaMessages: [
        `Start anvil at the snapshot's time: startAnvil({ timestamp: ${market.asOf} }).`,
      ],
    });

  const token = async (name: string, symbol: string, decimals: number, priceKey: string) => ({
    address: await deploy(signer, testTokenAbi, testTokenBytecode, [name, symbol, decimals]),
    symbol,
    decimals,
    priceKey,
  });
  const tokens = {
    USDC: await token('Test USD Coin', 'USDC', 6, 'USDC'),
    WETH: await token('Test Wrapped Ether', 'WETH', 18, 'ETH'),
    WBTC: await token('Test Wrapped Bitcoin', 'WBTC', 8, 'BTC'),
  };
  const spots: Record<string, number> = { USDC: 1 };
  for (const [u, m] of Object.entries(market.underliers)) spots[u] = m.spot;

  const spotOracle = await deploy(signer, spotOracleAbi, spotOracleBytecode, [deployer]);
  const aggregators: Record<string, Address> = {};
  for (const key of ['USDC', 'ETH', 'BTC']) {
    if (spots[key] === undefined)
      throw new BaseError(`The market snapshot has no ${key} spot.`, { code: 'MARKET_MISSING' });
    const answer = parseUnits(String(spots[key]), FEED_DECIMALS);
    aggregators[key] = await deploy(signer, mockAggregatorAbi, mockAggregatorBytecode, [
      FEED_DECIMALS,
      `${key} / USD (DCRO demo)`,
      answer,
    ]);
    await send({
      signer,
      address: spotOracle,
      abi: spotOracleAbi,
      functionName: 'setFeed',
      args: [symbolToBytes32(key), aggregators[key]!, MAX_STALENESS],
    });
  }
  const marketDataFeed = await deploy(signer, marketDataFeedAbi, marketDataFeedBytecode, [
    deployer,
  ]);
  await send({
    signer,
    address: marketDataFeed,
    abi: marketDataFeedAbi,
    functionName: 'setKeeper',
    args: [deployer, true],
  });

  const paramsHash = hashParams(params);
  const haircutTokens = Object.values(tokens).filter((t) => params.collateral[t.priceKey]);
  const riskParams = await deploy(signer, dcroRiskParamsAbi, dcroRiskParamsBytecode, [
    deployer,
    deployer,
    BigInt(TIMELOCK_DELAY),
    paramsHash,
    [engineSigner],
    haircutTokens.map((t) => t.address),
    haircutTokens.map((t) => ({
      mmHaircut: parseUnits(String(params.collateral[t.priceKey]!.mmHaircut), 18),
      imHaircut: parseUnits(String(params.collateral[t.priceKey]!.imHaircut), 18),
    })),
  ]);
  const vault = await deploy(signer, dcroVaultAbi, dcroVaultBytecode, [
    deployer,
    tokens.USDC.address,
    riskParams,
    spotOracle,
    marketDataFeed,
    deployer,
  ]);
  for (const t of Object.values(tokens))
    await send({
      signer,
      address: vault,
      abi: dcroVaultAbi,
      functionName: 'listCollateral',
      args: [t.address, symbolToBytes32(t.priceKey)],
    });
  for (const i of instruments)
    await send({
      signer,
      address: vault,
      abi: dcroVaultAbi,
      functionName: 'listInstrument',
      args: [
        symbolToBytes32(i.underlier),
        KIND_CODES[i.kind],
        i.right ? RIGHT_CODES[i.right] : RIGHT_CODES.none,
        BigInt(i.expiry),
        parseUnits(String(i.strike), 18),
      ],
    });
  return {
    rpcUrl,
    chainId,
    vault,
    riskParams,
    spotOracle,
    marketDataFeed,
    tokens,
    aggregators,
    deployer,
    engineSigner,
    profile,
    paramsHash,
    listed: instruments.map((spec, i) => ({ ...spec, id: BigInt(i + 1) })),
  };
}

async function deploy(
  signer: Signer,
  abi: readonly unknown[],
  bytecode: Hex,
  args: readonly unknown[],
): Promise<Address> {
  const hash = await signer.deployContract({ abi, bytecode, args } as never);
  const receipt = await signer.waitForTransactionReceipt({ hash, pollingInterval: 20 });
  if (receipt.status !== 'success' || !receipt.contractAddress)
    throw new BaseError('A DCRO contract failed to deploy.', {
      code: 'DEPLOY_FAILED',
      details: [`transaction ${hash}`],
    });
  return receipt.contractAddress;
}
