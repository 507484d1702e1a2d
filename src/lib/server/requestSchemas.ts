import { getAddress } from 'viem';
import { z } from 'zod';

/** An address in any letter case, returned checksummed. */
const address = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, { message: 'must be a 0x-prefixed 20-byte hex address' })
  .transform((a) => getAddress(a));

/** A chain integer: a decimal string (`"-1500000000"`) or a safe JSON integer. */
const int = z
  .union([
    z.string().regex(/^-?\d{1,78}$/, { message: 'must be an integer in a decimal string' }),
    z.number().refine(Number.isSafeInteger, { message: 'must be a safe integer (use a string)' }),
  ])
  .transform((v) => BigInt(v));

const trade = z.strictObject({
  type: z.literal('trade'),
  /** The maker (LP pool account); the request's `account` is the taker. */
  counterparty: address,
  instrumentIds: z.array(int).min(1).max(16),
  /** Taker's quantities, 18 decimals. */
  quantities: z.array(int).min(1).max(16),
  /** USDC units (6 decimals) paid by the taker to the maker. */
  premium: int,
  fee: int.default(0n),
  /** When given with the maker's quote signature, the engine checks the quote first. */
  quoteNonce: int.optional(),
  quoteDeadline: int.optional(),
  quoteSignature: z
    .string()
    .regex(/^0x[0-9a-fA-F]{130}$/, { message: 'must be a 65-byte hex signature' })
    .optional(),
});

const withdraw = z.strictObject({ type: z.literal('withdraw'), asset: address, amount: int });
const withdrawCash = z.strictObject({ type: z.literal('withdrawCash'), amount: int });
/**
 * The request's `account` is the victim; `liquidator` sends `DcroVault.liquidate` (msg.sender).
 * Answered with the victim's attestation (current state) and the liquidator's (post-takeover).
 */
const liquidate = z.strictObject({ type: z.literal('liquidate'), liquidator: address });

/**
 * The request's `account` settles its positions in `instrumentIds` (expired, settlement price
 * fixed with `DcroVault.fixSettlementPrice`); anyone may send `DcroVault.settle`.
 */
const settle = z.strictObject({
  type: z.literal('settle'),
  instrumentIds: z.array(int).min(1).max(64),
});

export const marginRequest = z.strictObject({ account: address });
export const attestRequest = z.strictObject({
  account: address,
  action: z.discriminatedUnion('type', [trade, withdraw, withdrawCash, liquidate, settle]),
});

export const quoteRequest = z.strictObject({
  taker: address,
  instrumentIds: z.array(int).min(1).max(16),
  quantities: z.array(int).min(1).max(16),
});

export type MarginRequest = z.output<typeof marginRequest>;
export type AttestRequest = z.output<typeof attestRequest>;
export type AttestActionRequest = AttestRequest['action'];
