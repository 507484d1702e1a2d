import type { Address } from 'viem';
import type { AccountState } from '../chain/AccountState';
import { applyAction, type Action } from '../chain/applyAction';
import type { AttestOutcome } from './attestOutcome';
import { checkTrade } from './checkTrade';
import { readForAttest, type EngineScope } from './engineScope';
import { invalid, meetsInitial, refusal, requireKnown } from './refusals';
import type { AttestActionRequest } from './requestSchemas';
import type { SignedFigures } from './signAttestation';

export type TradeOrWithdrawalRequest = Extract<
  AttestActionRequest,
  { type: 'trade' | 'withdraw' | 'withdrawCash' }
>;

/**
 * `trade` (taker `account`, maker `counterparty`: both attested, taker first), `withdraw` and
 * `withdrawCash`: reads the parties at one block, applies the action as the vault does
 * (applyAction.ts), and signs each post-action state whose initial headroom is ≥ 0, or refuses
 * with the first party that would fall below.
 */
export async function attestTradeOrWithdrawal(
  scope: EngineScope,
  account: Address,
  request: TradeOrWithdrawalRequest,
): Promise<AttestOutcome> {
  const action = toAction(account, request);
  const parties: { account: Address; role: 'account' | 'counterparty' }[] = [
    { account, role: 'account' },
  ];
  if (action.type === 'trade') parties.push({ account: action.maker, role: 'counterparty' });
  const read = await readForAttest(
    scope,
    parties.map((p) => p.account),
  );
  const { blockNumber, states } = read;
  states.forEach((s, k) => requireKnown(parties[k]!.account, s.state, s.nonce));
  if (action.type === 'trade' && request.type === 'trade')
    await checkTrade({ scope, action, request, asOf: read.asOf, blockNumber });
  for (const [k, party] of parties.entries())
    await refuseExpiredUnsettled(scope, party.account, states[k]!.state, read.asOf);

  const signedAll: SignedFigures[] = [];
  for (const [k, party] of parties.entries()) {
    const after = applyAction({
      state: states[k]!.state,
      account: party.account,
      action,
      feeAccount: read.feeAccount,
    });
    const figures = await read.figuresOfState(party.account, after);
    if (!meetsInitial(figures))
      return {
        ok: false,
        blockNumber,
        refusal: refusal('INSUFFICIENT_MARGIN', party.role, figures),
      };
    signedAll.push(await read.sign(figures, after, states[k]!.nonce));
  }
  return { ok: true, blockNumber, signed: signedAll[0]!, counterparty: signedAll[1] };
}

/**
 * An expired option or future stays in the vault until `settle`, but the oracle stops posting
 * its forward at expiry, so its value in the model would rest on a stale forward rather than
 * the settlement price. Until it is settled, nothing but settling is signed for the account.
 */
async function refuseExpiredUnsettled(
  scope: EngineScope,
  account: Address,
  state: AccountState,
  asOf: number,
): Promise<void> {
  for (const id of state.instrumentIds) {
    const inst = await scope.ctx.instrument(id);
    if (inst.kind !== 'perp' && asOf >= inst.expiry)
      invalid(
        `${account} holds ${inst.name} (id ${id}), expired and not yet settled: settle it first (action settle)`,
      );
  }
}

function toAction(account: Address, r: TradeOrWithdrawalRequest): Action {
  if (r.type !== 'trade') return r;
  return {
    type: 'trade',
    taker: account,
    maker: r.counterparty,
    instrumentIds: r.instrumentIds,
    quantities: r.quantities,
    premium: r.premium,
    fee: r.fee,
  };
}
