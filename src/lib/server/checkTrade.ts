import { isAddressEqual, recoverTypedDataAddress, type Hex } from 'viem';
import { dcroVaultAbi } from '../chain/abis/DcroVault';
import type { TradeAction } from '../chain/applyAction';
import { quoteMessage, quoteTypes } from '../chain/attestationTypes';
import type { EngineScope } from './engineScope';
import { invalid } from './refusals';
import type { AttestActionRequest } from './requestSchemas';

export type CheckTradeParameters = {
  scope: EngineScope;
  action: TradeAction;
  request: Extract<AttestActionRequest, { type: 'trade' }>;
  /** Unix seconds of the block read. */
  asOf: number;
  blockNumber: bigint;
};

/**
 * Legs must be listed and unexpired; a quote, when given, must be the maker's (or one of its
 * operators') and unused, and not expired. Throws `INVALID_ACTION` otherwise.
 */
export async function checkTrade({
  scope: { ctx, domain },
  action,
  request,
  asOf,
  blockNumber,
}: CheckTradeParameters): Promise<void> {
  for (const id of action.instrumentIds) {
    const inst = await ctx.instrument(id).catch(() => undefined);
    if (!inst) invalid(`instrument id ${id} is not listed on the vault`);
    if (inst.kind !== 'perp' && asOf >= inst.expiry) invalid(`${inst.name} (id ${id}) has expired`);
  }
  if (request.quoteSignature === undefined) return;
  if (request.quoteNonce === undefined || request.quoteDeadline === undefined)
    invalid('a quoteSignature needs its quoteNonce and quoteDeadline');
  const trade = { ...action, quoteNonce: request.quoteNonce, quoteDeadline: request.quoteDeadline };
  const quoteSigner = await recoverTypedDataAddress({
    domain,
    types: quoteTypes,
    primaryType: 'Quote',
    message: quoteMessage(trade),
    signature: request.quoteSignature as Hex,
  });
  const at = { address: ctx.vault, abi: dcroVaultAbi, blockNumber } as const;
  const [operator, used] = await Promise.all([
    ctx.client.readContract({
      ...at,
      functionName: 'isOperator',
      args: [action.maker, quoteSigner],
    }),
    ctx.client.readContract({
      ...at,
      functionName: 'quoteNonceUsed',
      args: [action.maker, request.quoteNonce],
    }),
  ]);
  if (!isAddressEqual(quoteSigner, action.maker) && !operator)
    invalid(`the quote is signed by ${quoteSigner}, not by the maker or one of its operators`);
  if (used) invalid(`the maker's quote nonce ${request.quoteNonce} was already used`);
  if (BigInt(asOf) > request.quoteDeadline) invalid('the quote has expired');
}
