import { BaseError } from '../errors/BaseError';
import type { AccountState } from './AccountState';
import type { ChainInstrument } from './ChainInstrument';

/** `SettlementLib.PAYOFF_SCALE`: qty (1e18) · value (1e18 USD) / 1e30 = USDC units (1e6). */
export const PAYOFF_SCALE = 10n ** 30n;

/** One instrument to settle, with what the vault holds about it at the block read. */
export type SettlementInput = {
  instrument: Pick<ChainInstrument, 'id' | 'name' | 'kind' | 'right' | 'strikeRaw'>;
  /** `DcroVault.settlementPrice(underlier, expiry)`: USD, 18 decimals (> 0: fixed). */
  settlementPrice: bigint;
  /** `DcroVault.settledNumerator(id)`: the running sum S of numerators settled so far. */
  settledNumerator: bigint;
};

export type SettlementStateReturnType = {
  /** The account afterwards: the state its attestation must bind. */
  state: AccountState;
  /** Per input, in order: the position settled and the cash credited (USDC units). */
  credits: { instrumentId: bigint; quantity: bigint; credit: bigint; numerator: bigint }[];
};

/**
 * `SettlementLib.unitValue`: a future's `S`, a call's `max(S − K, 0)`, otherwise (a put)
 * `max(K − S, 0)`; USD with 18 decimals.
 */
export function settlementUnitValue(
  instrument: SettlementInput['instrument'],
  settlementPrice: bigint,
): bigint {
  const strike = instrument.strikeRaw;
  if (instrument.kind === 'future') return settlementPrice;
  if (instrument.right === 'call') return settlementPrice > strike ? settlementPrice - strike : 0n;
  return strike > settlementPrice ? strike - settlementPrice : 0n;
}

/** `SettlementLib.credit`: `floor((before + n) / 1e30) − floor(before / 1e30)` (floor, not trunc). */
export function settlementCredit(before: bigint, numerator: bigint): bigint {
  return floorDiv(before + numerator, PAYOFF_SCALE) - floorDiv(before, PAYOFF_SCALE);
}

/**
 * The account's state after `DcroVault.settle(account, ids, …)`, exactly as the vault computes it
 * (contracts/README.md "State transitions"): for each id in order, `n = qty · unitValue`,
 * `cash += credit(S_id, n)`, `S_id += n`, the position removed. Collateral is unchanged and the
 * remaining positions keep their ascending order, so `accountStateHash` of the result is what the
 * vault checks. Pure. An input the vault would revert (a perp, an unfixed price, no position, an
 * id twice) throws a BaseError with code `INVALID_ACTION`.
 *
 * @example
 * const { state: after, credits } = settlementState({ state, inputs: [{ instrument, settlementPrice, settledNumerator }] });
 */
export function settlementState({
  state,
  inputs,
}: {
  state: AccountState;
  inputs: readonly SettlementInput[];
}): SettlementStateReturnType {
  const positions = new Map<bigint, bigint>();
  state.instrumentIds.forEach((id, i) => positions.set(id, state.quantities[i]!));
  const running = new Map<bigint, bigint>();
  let cash = state.cash;
  const credits: SettlementStateReturnType['credits'] = [];
  for (const { instrument, settlementPrice, settledNumerator } of inputs) {
    const { id, name } = instrument;
    if (instrument.kind === 'perp') invalid(`${name} (id ${id}) is a perpetual: it never expires`);
    if (settlementPrice <= 0n) invalid(`the settlement price of ${name} (id ${id}) is not fixed`);
    const quantity = positions.get(id) ?? 0n;
    if (quantity === 0n) invalid(`the account holds no position in ${name} (id ${id})`);
    const numerator = quantity * settlementUnitValue(instrument, settlementPrice);
    const before = running.get(id) ?? settledNumerator;
    const credit = settlementCredit(before, numerator);
    running.set(id, before + numerator);
    cash += credit;
    positions.delete(id);
    credits.push({ instrumentId: id, quantity, credit, numerator });
  }
  const ids = state.instrumentIds.filter((id) => positions.has(id));
  return {
    state: { ...state, cash, instrumentIds: ids, quantities: ids.map((id) => positions.get(id)!) },
    credits,
  };
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

function invalid(problem: string): never {
  throw new BaseError(`The settlement is not valid: ${problem}.`, {
    code: 'INVALID_ACTION',
    metaMessages: ['The vault would revert it; nothing was signed.'],
  });
}
