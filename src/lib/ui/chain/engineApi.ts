import type { Address, Hex } from 'viem';
import type { SignedAttestation, Trade } from '../../chain/attestationTypes';
import { BaseError } from '../../errors/BaseError';
import type { MarginResult } from '../../model/types';

/** The engine's name for the scenario that binds (src/lib/server/bindingScenario.ts). */
export type EngineBinding = {
  underlier: string;
  scenario: number | 'basis';
  label: string;
  pnl: number;
};

/** `POST /quote`: the demo LP's signed quote at the on-chain marks. */
export type EngineQuote = {
  trade: Trade;
  quoteSignature: Hex;
  legs: { instrumentId: string; name: string; qty: number; priceUsd: number }[];
  blockNumber: bigint;
};

/** One party's signed figures from `POST /attest`. */
export type EngineSigned = {
  account: Address;
  signed: SignedAttestation;
  /** The engine's MarginResult, exactly as it sent it. */
  margin: MarginResult;
  binding: EngineBinding;
  profile: string;
};

export type EngineAttestation = EngineSigned & {
  blockNumber: bigint;
  counterparty: EngineSigned;
};

/** The engine answered with an error body (`{ error: { code, message, … } }`) or not at all. */
export class EngineError extends BaseError {
  override name = 'EngineError';
  readonly status: number;
  /** The 422 body of an INSUFFICIENT_MARGIN refusal (binding scenario, margin), when there is one. */
  readonly refusal: { role: string; initialHeadroom: number; binding: EngineBinding } | undefined;
  constructor(
    message: string,
    p: {
      status: number;
      code: string;
      hint: string;
      refusal?: EngineError['refusal'];
      cause?: unknown;
    },
  ) {
    super(message, { code: p.code, metaMessages: [p.hint], cause: p.cause });
    this.status = p.status;
    this.refusal = p.refusal;
  }
}

async function post(engineUrl: string, path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${engineUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (cause) {
    throw new EngineError(`The risk engine at ${engineUrl} is unreachable.`, {
      status: 0,
      code: 'ENGINE_UNREACHABLE',
      hint: 'Nothing was signed or sent. Is `npm start` still running? Restart it and reload this page. (If it is running, it must allow this page’s origin: CORS.)',
      cause,
    });
  }
  const json = (await response.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string } & Record<string, unknown> } | undefined;
  if (response.ok && json) return json;
  const e = json?.error;
  throw new EngineError(e?.message ?? `The risk engine answered ${response.status}.`, {
    status: response.status,
    code: e?.code ?? 'ENGINE_ERROR',
    hint:
      response.status === 429
        ? 'Wait a few seconds and try again.'
        : response.status >= 500
          ? 'The engine could not read the chain or compute; check its log (the terminal running `npm start`).'
          : 'Nothing was signed or sent.',
    refusal:
      e?.code === 'INSUFFICIENT_MARGIN'
        ? {
            role: String(e.role),
            initialHeadroom: e.initialHeadroom as number,
            binding: e.binding as EngineBinding,
          }
        : undefined,
  });
}

const big = (s: string | number) => BigInt(s);

function tradeOf(t: Record<string, unknown>): Trade {
  return {
    taker: t.taker as Address,
    maker: t.maker as Address,
    instrumentIds: (t.instrumentIds as string[]).map(big),
    quantities: (t.quantities as string[]).map(big),
    premium: big(t.premium as string),
    fee: big(t.fee as string),
    quoteNonce: big(t.quoteNonce as string),
    quoteDeadline: big(t.quoteDeadline as string),
  };
}

function signedOf(s: Record<string, unknown>): EngineSigned {
  const a = s.attestation as Record<string, string>;
  return {
    account: s.account as Address,
    signed: {
      attestation: {
        account: a.account as Address,
        stateHash: a.stateHash as Hex,
        marketHash: a.marketHash as Hex,
        paramsHash: a.paramsHash as Hex,
        equity: big(a.equity!),
        initialMargin: big(a.initialMargin!),
        maintenanceMargin: big(a.maintenanceMargin!),
        nonce: big(a.nonce!),
        deadline: big(a.deadline!),
      },
      signature: s.signature as Hex,
    },
    margin: s.margin as MarginResult,
    binding: s.binding as EngineBinding,
    profile: s.profile as string,
  };
}

/**
 * `POST {engineUrl}/quote` (DEMO: the engine quotes as the LP pool).
 *
 * @example
 * const q = await requestQuote({ engineUrl, taker, instrumentIds: [7n], quantities: [10n ** 18n] });
 */
export async function requestQuote(p: {
  engineUrl: string;
  taker: Address;
  instrumentIds: bigint[];
  quantities: bigint[];
}): Promise<EngineQuote> {
  const json = (await post(p.engineUrl, '/quote', {
    taker: p.taker,
    instrumentIds: p.instrumentIds.map(String),
    quantities: p.quantities.map(String),
  })) as Record<string, unknown>;
  return {
    trade: tradeOf(json.trade as Record<string, unknown>),
    quoteSignature: json.quoteSignature as Hex,
    legs: json.legs as EngineQuote['legs'],
    blockNumber: big(json.blockNumber as string),
  };
}

/**
 * `POST {engineUrl}/attest` for a quoted trade: the taker's and the maker's signed figures. A
 * refusal (422) throws an EngineError whose `refusal` names the binding scenario.
 *
 * @example
 * const a = await requestTradeAttestation({ engineUrl, quote });
 * a.margin.initialMargin; a.counterparty.signed;
 */
export async function requestTradeAttestation(p: {
  engineUrl: string;
  quote: EngineQuote;
}): Promise<EngineAttestation> {
  const t = p.quote.trade;
  const json = (await post(p.engineUrl, '/attest', {
    account: t.taker,
    action: {
      type: 'trade',
      counterparty: t.maker,
      instrumentIds: t.instrumentIds.map(String),
      quantities: t.quantities.map(String),
      premium: String(t.premium),
      fee: String(t.fee),
      quoteNonce: String(t.quoteNonce),
      quoteDeadline: String(t.quoteDeadline),
      quoteSignature: p.quote.quoteSignature,
    },
  })) as Record<string, unknown>;
  return {
    ...signedOf(json),
    blockNumber: big(json.blockNumber as string),
    counterparty: signedOf(json.counterparty as Record<string, unknown>),
  };
}
