import { BaseError as ViemBaseError } from 'viem';
import { BaseError } from '../errors/BaseError';
import { InvalidRequestError } from './InvalidRequestError';
import { decodeChainError } from '../chain/decodeChainError';

/** The JSON body of every error the engine answers: `{ error: { code, message, … } }`. */
export type ErrorBody = {
  error: { code: string; message: string; details?: readonly string[]; [key: string]: unknown };
};

/** HTTP status per BaseError code (anything else is a 500: a bug, logged). */
const STATUS: Record<string, number> = {
  INVALID_REQUEST: 400,
  UNKNOWN_ACCOUNT: 404,
  INVALID_ACTION: 422,
  INSUFFICIENT_MARGIN: 422,
  NOT_EXPIRED: 422,
  SETTLEMENT_PRICE_NOT_FIXED: 422,
  MARKET_MISSING: 503,
  UNKNOWN_PARAMS: 503,
  HASH_ENCODING_MISMATCH: 500,
  NON_FINITE_FIGURE: 500,
  // The book after a requested action is outside what the model accepts (absurd sizes):
  // the request's fault, not the engine's.
  INVALID_INPUT: 422,
  NON_FINITE: 422,
  CAPACITY: 422,
  CASH_ASSET_UNPRICED: 503,
};

/**
 * Maps a thrown error to a status and a JSON body that says what is wrong. Fastify's own errors
 * (bad JSON 400, body too large 413, rate limit 429, unsupported media type 415) keep their status.
 */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof InvalidRequestError)
    return {
      status: 400,
      body: {
        error: {
          code: error.code,
          message: error.shortMessage,
          field: error.issues[0]?.path,
          issues: error.issues,
        },
      },
    };
  if (error instanceof BaseError)
    return {
      status: STATUS[error.code] ?? 500,
      body: {
        error: {
          code: error.code,
          message: error.shortMessage,
          details: [...error.details, ...error.metaMessages],
        },
      },
    };
  const e = error as { statusCode?: number; code?: string; message?: string };
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const code =
      e.statusCode === 413
        ? 'BODY_TOO_LARGE'
        : e.statusCode === 429
          ? 'RATE_LIMITED'
          : (e.code ?? 'BAD_REQUEST');
    return {
      status: e.statusCode,
      body: { error: { code, message: e.message ?? 'Bad request.' } },
    };
  }
  const chain = decodeChainError(error);
  if (chain.errorName)
    return {
      status: 503,
      body: {
        error: {
          code: 'CHAIN_REVERT',
          message: `Reading the chain reverted with ${chain.errorName}.`,
          errorName: chain.errorName,
          args: chain.args,
          details: chain.errorName.includes('Stale')
            ? ['The oracle is stale: wait for a new price round.']
            : [],
        },
      },
    };
  if (error instanceof ViemBaseError)
    return { status: 502, body: { error: { code: 'CHAIN_ERROR', message: error.shortMessage } } };
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: 'Internal error (logged).' } },
  };
}
