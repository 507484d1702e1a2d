import type { Address } from 'viem';
import type { AccountState } from '../../chain/AccountState';
import { applyAction } from '../../chain/applyAction';
import type { Trade } from '../../chain/attestationTypes';
import type { VaultContext } from '../../chain/loadVaultContext';
import { portfolioOfState } from '../../chain/portfolioOfState';
import { readAccount, type ReadAccountReturnType } from '../../chain/readAccount';
import type { Portfolio } from '../../model/types';

export type PostTradeStateReturnType = {
  /** The account as it is at `blockNumber`. */
  read: ReadAccountReturnType;
  /** Its state after the trade, in the vault's canonical order. */
  after: AccountState;
  /** That state as a `dcro.portfolio/1` under the oracle market of the same block. */
  portfolio: Portfolio;
};

/**
 * The taker's book after `trade`, exactly as the engine builds it before signing: the account
 * and the market read at one block, the vault's state transition (`applyAction`), then
 * `portfolioOfState` with the block's timestamp as `asOf`. Margin it with the same Wasm and the
 * figures are the engine's to the bit.
 *
 * @example
 * const { portfolio } = await postTradeState({ ctx, feeAccount, trade, blockNumber: 180n });
 * await pool.compute({ portfolio, params });
 */
export async function postTradeState({
  ctx,
  feeAccount,
  trade,
  blockNumber,
}: {
  ctx: VaultContext;
  feeAccount: Address;
  trade: Trade;
  blockNumber?: bigint;
}): Promise<PostTradeStateReturnType> {
  const read = await readAccount({ ctx, account: trade.taker, blockNumber });
  const after = applyAction({
    state: read.state,
    account: trade.taker,
    feeAccount,
    action: {
      type: 'trade',
      taker: trade.taker,
      maker: trade.maker,
      instrumentIds: trade.instrumentIds,
      quantities: trade.quantities,
      premium: trade.premium,
      fee: trade.fee,
    },
  });
  const { portfolio } = await portfolioOfState({
    ctx,
    reader: read.reader,
    state: after,
    asOf: read.timestamp,
  });
  return { read, after, portfolio };
}
