import { readFile } from 'node:fs/promises';
import type { Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { CoreExports } from '../engine/CoreExports';
import { parseMarketSnapshot } from '../import/parseMarketSnapshot';
import type { MarketSnapshot } from '../import/MarketSnapshot';
import { ANVIL_KEYS } from './anvilAccounts';
import { deployDcro, type DcroDeployment } from './deployDcro';
import { seedDemo, type DemoAccount } from './seedDemo';
import { startAnvil, type StartAnvilReturnType } from './startAnvil';

const SNAPSHOT_URL = new URL('../../../static/market/deribit-20260415.json', import.meta.url);

export type StartDemoChainParameters = {
  /** The engine signer key (default anvil #9, public: demo only). */
  engineKey?: Hex;
  /** Progress lines (e.g. to stderr). */
  onProgress?: (line: string) => void;
  /** Skip the demo accounts (deployment and market data only). */
  seed?: boolean;
  core?: CoreExports;
};

export type DemoChain = {
  anvil: StartAnvilReturnType;
  rpcUrl: string;
  deployment: DcroDeployment;
  market: MarketSnapshot;
  accounts: DemoAccount[];
  engineKey: Hex;
  /** Stops anvil. */
  stop: () => Promise<void>;
};

/**
 * The whole demo chain in one call: anvil at the snapshot's time (so its expiries lie ahead),
 * DCRO deployed, the snapshot's market posted and the three demo accounts trading.
 *
 * @example
 * const chain = await startDemoChain({ onProgress: (l) => process.stderr.write(`${l}\n`) });
 * chain.rpcUrl; chain.deployment.vault; chain.accounts; // …
 * await chain.stop();
 */
export async function startDemoChain(p: StartDemoChainParameters = {}): Promise<DemoChain> {
  const log = p.onProgress ?? (() => {});
  const engineKey = p.engineKey ?? ANVIL_KEYS.engine;
  const market = parseMarketSnapshot(JSON.parse(await readFile(SNAPSHOT_URL, 'utf8')));
  log('starting anvil…');
  const anvil = await startAnvil({ timestamp: market.asOf });
  try {
    log(`anvil listening on ${anvil.rpcUrl}; deploying DCRO…`);
    const deployment = await deployDcro({
      rpcUrl: anvil.rpcUrl,
      market,
      engineSigner: privateKeyToAccount(engineKey).address,
    });
    let accounts: DemoAccount[] = [];
    if (p.seed !== false) {
      log(
        `deployed the vault at ${deployment.vault}; posting the market and seeding demo accounts…`,
      );
      ({ accounts } = await seedDemo({ deployment, market, engineKey, core: p.core }));
    }
    return {
      anvil,
      rpcUrl: anvil.rpcUrl,
      deployment,
      market,
      accounts,
      engineKey,
      stop: anvil.stop,
    };
  } catch (error) {
    await anvil.stop();
    throw error;
  }
}
