import type { Address } from 'viem';
import type { Refusal } from './refusals';
import type { SignedFigures } from './signAttestation';

/** What a settlement credits, per instrument (all raw chain units). */
export type SettlementCredit = {
  instrumentId: bigint;
  /** The position settled (18 decimals). */
  quantity: bigint;
  /** The fixed settlement price (USD, 18 decimals). */
  settlementPrice: bigint;
  /** USDC units credited (the vault's running-total rule). */
  credit: bigint;
};

/** The engine's answer to `POST /attest`: signed attestations, or a refusal. */
export type AttestOutcome =
  | {
      ok: true;
      blockNumber: bigint;
      /** The acting account's attestation (a liquidation: the victim's, of its CURRENT state). */
      signed: SignedFigures;
      /** A trade's maker, or a liquidation's liquidator (its post-liquidation state). */
      counterparty: SignedFigures | undefined;
      /** A liquidation: what the liquidator pays the victim (USDC units). */
      liquidation?: { liquidator: Address; payout: bigint };
      /** A settlement: the credit of each instrument settled, in the request's order. */
      settlement?: { credits: SettlementCredit[] };
    }
  | { ok: false; blockNumber: bigint; refusal: Refusal };
