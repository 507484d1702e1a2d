import { BaseError as ViemBaseError, ChainMismatchError, UserRejectedRequestError } from 'viem';
import { decodeChainError } from '../../chain/decodeChainError';
import { describeError, type ErrorReport } from '../state/describeError';

/** What each custom error means to a trader, and what to do (contracts/README.md "Errors"). */
const EXPLAIN: Record<string, string> = {
  DcroVault_MarketMismatch:
    'The oracle moved since the engine signed (a new price round or market-data post): get a fresh attestation.',
  DcroVault_StateMismatch:
    'The account changed since the engine signed (another trade or deposit landed first): reload the account and try again.',
  DcroVault_InvalidNonce:
    'The attestation was already used or another attested action landed first: get a fresh attestation.',
  DcroVault_AttestationExpired:
    'The engine’s attestation expired before the transaction was mined: submit again for a fresh one.',
  DcroVault_QuoteExpired: 'The LP’s quote expired: get a new quote.',
  DcroVault_QuoteNonceUsed: 'This quote was already used: get a new quote.',
  DcroVault_InvalidQuoteSigner: 'The quote is not signed by the LP: get a new quote.',
  DcroVault_InvalidSigner:
    'The attestation is not signed by an engine signer of this vault (wrong engine, chain or vault).',
  DcroVault_ParamsMismatch:
    'The risk committee activated new parameters since the engine signed: submit again.',
  DcroVault_InsufficientMargin: 'The attested figures breach initial margin: reduce the trade.',
  DcroVault_InstrumentExpired: 'The instrument has expired and can no longer be traded.',
  DcroVault_TooManyPositions: 'The account would hold more than 64 open instruments.',
  DcroVault_Unauthorized: 'The connected wallet is not the account (or its operator).',
  DcroVault_AccountMismatch: 'The attestation is about another account.',
  SpotOracle_StalePrice:
    'An oracle price is stale (older than its allowed age): the keeper must post a new round before anything can be attested.',
  SpotOracle_InvalidPrice: 'An oracle feed answered a non-positive price.',
};

/**
 * Turns a failure of the chain journey into an ErrorReport: a reverted call names its custom
 * error with a trader's explanation; a wallet refusal or a wrong network says what to do; DCRO's
 * own errors (engine, wallet adapter) keep their hints.
 *
 * @example
 * explainChainError(e).title; // 'The vault would revert: DcroVault_MarketMismatch.'
 */
export function explainChainError(error: unknown, doing = 'The transaction'): ErrorReport {
  if (error instanceof ViemBaseError) {
    if (error.walk((e) => e instanceof UserRejectedRequestError) || rejected(error))
      return report(
        `${doing} was rejected in the wallet.`,
        [],
        ['Nothing was sent. Submit again when ready.'],
      );
    if (error.walk((e) => e instanceof ChainMismatchError))
      return report(
        `Your wallet is on another network.`,
        [error.shortMessage],
        [
          'Switch the wallet to the local demo chain (its id is in the message), then submit again.',
        ],
      );
    const decoded = decodeChainError(error);
    if (decoded.errorName)
      return report(
        `The vault rejected it: ${decoded.errorName}.`,
        decoded.args.length ? [`arguments: ${decoded.args.join(', ')}`] : [],
        [EXPLAIN[decoded.errorName] ?? 'See contracts/README.md "Errors".'],
      );
    if (/fetch|network|ECONNREFUSED|HTTP request failed/i.test(error.message))
      return report(
        'The local chain is unreachable.',
        [error.shortMessage],
        ['Is `npm start` still running? Restart it and reload this page.'],
      );
    return report(error.shortMessage, error.details ? [error.details] : [], []);
  }
  if (rejected(error))
    return report(
      `${doing} was rejected in the wallet.`,
      [],
      ['Nothing was sent. Submit again when ready.'],
    );
  return describeError(error);
}

function rejected(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 4001 || code === 'ACTION_REJECTED';
}

function report(title: string, details: string[], hints: string[]): ErrorReport {
  return { title, details, hints, issues: [] };
}
