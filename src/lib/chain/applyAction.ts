import { isAddressEqual, type Address } from 'viem';
import { BaseError } from '../errors/BaseError';
import type { AccountState } from './AccountState';
import type { Trade } from './attestationTypes';

/** A trade as the vault executes it: its `Trade` struct less the quote's nonce and deadline. */
export type TradeAction = { type: 'trade' } & Omit<Trade, 'quoteNonce' | 'quoteDeadline'>;
export type WithdrawAction = { type: 'withdraw'; asset: Address; amount: bigint };
export type WithdrawCashAction = { type: 'withdrawCash'; amount: bigint };
export type Action = TradeAction | WithdrawAction | WithdrawCashAction;

export type ApplyActionParameters = {
  state: AccountState;
  /** Whose state `state` is. */
  account: Address;
  action: Action;
  /** `DcroVault.feeAccount()` (credited a trade's fee). */
  feeAccount: Address;
};

/** Vault limits an engine checks before signing (DcroVault constants). */
export const MAX_LEGS = 16;
export const MAX_POSITIONS = 64;

/**
 * The account's state after `action`, exactly as DcroVault computes it (contracts/README.md
 * "State transitions"), in the canonical order, so its hash is the one the vault will check. A
 * malformed action, or one the vault would revert, throws a BaseError with code `INVALID_ACTION`.
 *
 * @example
 * const after = applyAction({ state, account: taker, feeAccount, action: { type: 'trade', taker,
 *   maker, instrumentIds: [3n], quantities: [10n ** 18n], premium: 1_500_000_000n, fee: 0n } });
 */
export function applyAction({
  state,
  account,
  action,
  feeAccount,
}: ApplyActionParameters): AccountState {
  const same = (a: Address, b: Address) => isAddressEqual(a, b);
  if (action.type === 'withdrawCash') {
    if (action.amount <= 0n || state.cash < action.amount)
      invalid(`cannot withdraw ${action.amount} cash units: the account has ${state.cash}`);
    return { ...state, cash: state.cash - action.amount };
  }
  if (action.type === 'withdraw') {
    const k = state.collateralAssets.findIndex((a) => same(a, action.asset));
    const balance = k < 0 ? 0n : state.collateralAmounts[k]!;
    if (action.amount <= 0n || balance < action.amount)
      invalid(`cannot withdraw ${action.amount} of ${action.asset}: the account holds ${balance}`);
    const amounts = state.collateralAmounts.map((a, i) => (i === k ? a - action.amount : a));
    const keep = amounts.map((a) => a !== 0n);
    return {
      ...state,
      collateralAssets: state.collateralAssets.filter((_, i) => keep[i]),
      collateralAmounts: amounts.filter((_, i) => keep[i]),
    };
  }
  const t = action;
  const n = t.instrumentIds.length;
  if (n === 0 || n > MAX_LEGS) invalid(`a trade has 1 to ${MAX_LEGS} legs, not ${n}`);
  if (t.quantities.length !== n) invalid('instrumentIds and quantities differ in length');
  if (same(t.taker, t.maker)) invalid('the maker and the taker are the same account');
  for (let i = 0; i < n; i++) {
    if (i > 0 && t.instrumentIds[i]! <= t.instrumentIds[i - 1]!)
      invalid('instrumentIds must be strictly ascending');
    if (t.quantities[i] === 0n) invalid(`quantities[${i}] is zero`);
  }
  if (t.fee < 0n) invalid('the fee is negative');
  const isTaker = same(account, t.taker);
  const isMaker = same(account, t.maker);
  let cash = state.cash;
  if (isTaker) cash -= t.premium + t.fee;
  if (isMaker) cash += t.premium;
  if (same(account, feeAccount)) cash += t.fee;
  const positions = new Map<bigint, bigint>();
  state.instrumentIds.forEach((id, i) => positions.set(id, state.quantities[i]!));
  const sign = isTaker ? 1n : isMaker ? -1n : 0n;
  t.instrumentIds.forEach((id, i) =>
    positions.set(id, (positions.get(id) ?? 0n) + sign * t.quantities[i]!),
  );
  const ids = [...positions.keys()]
    .filter((id) => positions.get(id) !== 0n)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.length > MAX_POSITIONS)
    invalid(`the account would hold ${ids.length} open instruments (at most ${MAX_POSITIONS})`);
  return { ...state, cash, instrumentIds: ids, quantities: ids.map((id) => positions.get(id)!) };
}

function invalid(problem: string): never {
  throw new BaseError(`The action is not valid: ${problem}.`, {
    code: 'INVALID_ACTION',
    metaMessages: ['The vault would revert it; nothing was signed.'],
  });
}
