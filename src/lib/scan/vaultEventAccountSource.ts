import { getAbiItem, type Address } from 'viem';
import { dcroRiskParamsAbi } from '../chain/abis/DcroRiskParams';
import { dcroVaultAbi } from '../chain/abis/DcroVault';
import { createMarketReader } from '../chain/createMarketReader';
import type { VaultContext } from '../chain/loadVaultContext';
import { portfolioOfState } from '../chain/portfolioOfState';
import { readAccountState } from '../chain/readAccountState';
import type { AccountSource } from './AccountSource';
import { accountsOfPortfolios } from './accountsOfPortfolios';
import { parseAccountsFile } from './parseAccountsFile';

const EVENTS = ['Deposited', 'CashDeposited', 'Traded'] as const;

export type VaultEventAccountSourceParameters = {
  ctx: VaultContext;
  /** The block to read at; default the latest. Recorded, so the same accounts can be re-read. */
  blockNumber?: bigint;
};

/**
 * Every account of a vault at one block, found by a minimal event scan (each `Deposited`,
 * `CashDeposited` depositor and `Traded` taker and maker from block 0), read with the vault's
 * own view functions into portfolios (portfolioOfState) valued at that block, in ascending
 * address order. A stop-gap behind AccountSource until the account index (src/lib/accounts)
 * serves the same list incrementally.
 *
 * @example
 * const set = await vaultEventAccountSource({ ctx }).load();
 */
export function vaultEventAccountSource({
  ctx,
  blockNumber,
}: VaultEventAccountSourceParameters): AccountSource {
  return {
    async load(onProgress) {
      const { client } = ctx;
      const block = await client.getBlock(
        blockNumber === undefined ? { blockTag: 'latest' } : { blockNumber },
      );
      const at = block.number;
      onProgress?.(`scanning vault events up to block ${at}`);
      const logs = await client.getLogs({
        address: ctx.vault,
        events: EVENTS.map((name) => getAbiItem({ abi: dcroVaultAbi, name })),
        fromBlock: 0n,
        toBlock: at,
      });
      const seen = new Set<string>();
      for (const log of logs) {
        const { args } = log as unknown as {
          args: { account?: Address; taker?: Address; maker?: Address };
        };
        for (const a of [args.account, args.taker, args.maker]) if (a) seen.add(a.toLowerCase());
      }
      const addresses = [...seen].sort() as Address[];
      onProgress?.(`reading ${addresses.length} accounts at block ${at}`);
      const reader = createMarketReader({ ctx, blockNumber: at });
      const asOf = Number(block.timestamp);
      const entries = await Promise.all(
        addresses.map(async (account) => {
          const { state } = await readAccountState({ ctx, account, blockNumber: at });
          const { portfolio } = await portfolioOfState({ ctx, reader, state, asOf });
          return { id: account, portfolio };
        }),
      );
      const activeParamsHash = await client.readContract({
        address: ctx.riskParams,
        abi: dcroRiskParamsAbi,
        functionName: 'activeParamsHash',
        blockNumber: at,
      });
      const { market, accounts } = parseAccountsFile(
        accountsOfPortfolios(entries),
        `vault ${ctx.vault} at block ${at}`,
      );
      return {
        market,
        accounts,
        origin: {
          kind: 'chain',
          chainId: ctx.chainId,
          vault: ctx.vault.toLowerCase(),
          blockNumber: Number(at),
        },
        activeParamsHash,
      };
    },
  };
}
