import type { Address } from 'viem';
import { BaseError } from '../errors/BaseError';
import { dcroVaultAbi } from '../chain/abis/DcroVault';
import type { ChainInstrument } from '../chain/ChainInstrument';
import { settlementState, type SettlementInput } from '../chain/settlementState';
import { symbolToBytes32 } from '../chain/symbols';
import type { AttestOutcome } from './attestOutcome';
import { readForAttest, type EngineScope } from './engineScope';
import { invalid, meetsInitial, refusal, requireKnown } from './refusals';

/**
 * `DcroVault.settle(account, instrumentIds, …)`: reads the account, the instruments' fixed
 * settlement prices and running totals (`settlementPrice`, `settledNumerator`) at one block,
 * predicts the post-settlement state exactly as the vault computes it (settlementState.ts) and
 * signs it when its initial headroom is ≥ 0 (the vault requires it), or refuses.
 * An unexpired instrument is a 422 `NOT_EXPIRED`; an unfixed price `SETTLEMENT_PRICE_NOT_FIXED`.
 */
export async function attestSettlement(
  scope: EngineScope,
  account: Address,
  instrumentIds: readonly bigint[],
): Promise<AttestOutcome> {
  if (new Set(instrumentIds).size !== instrumentIds.length)
    invalid('instrumentIds names an instrument twice (the vault reverts the second one)');
  const { ctx } = scope;
  const read = await readForAttest(scope, [account]);
  const { blockNumber, asOf } = read;
  const { state, nonce } = read.states[0]!;
  requireKnown(account, state, nonce);
  const instruments = await Promise.all(
    instrumentIds.map((id) =>
      ctx.instrument(id).catch(() => invalid(`instrument id ${id} is not listed on the vault`)),
    ),
  );
  for (const inst of instruments) requireExpired(inst, asOf);
  const at = { address: ctx.vault, abi: dcroVaultAbi, blockNumber } as const;
  const inputs: SettlementInput[] = await Promise.all(
    instruments.map(async (instrument) => {
      const [settlementPrice, settledNumerator] = await Promise.all([
        ctx.client.readContract({
          ...at,
          functionName: 'settlementPrice',
          args: [symbolToBytes32(instrument.underlier), BigInt(instrument.expiry)],
        }),
        ctx.client.readContract({ ...at, functionName: 'settledNumerator', args: [instrument.id] }),
      ]);
      return { instrument, settlementPrice, settledNumerator };
    }),
  );
  inputs.forEach(({ settlementPrice }, k) => {
    if (settlementPrice === 0n) notFixed(instruments[k]!);
  });

  const after = settlementState({ state, inputs });
  const figures = await read.figuresOfState(account, after.state);
  if (!meetsInitial(figures))
    return { ok: false, blockNumber, refusal: refusal('INSUFFICIENT_MARGIN', 'account', figures) };
  return {
    ok: true,
    blockNumber,
    signed: await read.sign(figures, after.state, nonce),
    counterparty: undefined,
    settlement: {
      credits: after.credits.map((c, k) => ({
        instrumentId: c.instrumentId,
        quantity: c.quantity,
        settlementPrice: inputs[k]!.settlementPrice,
        credit: c.credit,
      })),
    },
  };
}

const iso = (unix: number) => new Date(unix * 1000).toISOString().replace('.000Z', 'Z');

/** As `DcroVault.settle`: a perp never settles; an option or future once `block.timestamp ≥ expiry`. */
function requireExpired(inst: ChainInstrument, asOf: number) {
  if (inst.kind === 'perp')
    throw new BaseError(`${inst.name} (id ${inst.id}) is a perpetual: it never expires.`, {
      code: 'NOT_EXPIRED',
      metaMessages: ['Only options and futures settle; nothing was signed.'],
    });
  if (asOf < inst.expiry)
    throw new BaseError(
      `${inst.name} (id ${inst.id}) has not expired: it expires at ${iso(inst.expiry)}.`,
      {
        code: 'NOT_EXPIRED',
        details: [`the chain's latest block is at ${iso(asOf)}`],
        metaMessages: ['Settle it after its expiry; nothing was signed.'],
      },
    );
}

function notFixed(inst: ChainInstrument): never {
  throw new BaseError(
    `The settlement price of ${inst.name} (id ${inst.id}) is not fixed yet: ${inst.underlier} expiry ${iso(inst.expiry)} has no settlement price on the vault.`,
    {
      code: 'SETTLEMENT_PRICE_NOT_FIXED',
      metaMessages: [
        `Fix it first with DcroVault.fixSettlementPrice(bytes32("${inst.underlier}"), ${inst.expiry}, roundId), roundId being the first ${inst.underlier} SpotOracle round published at or after the expiry (anyone may call); nothing was signed.`,
      ],
    },
  );
}
