import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { z } from 'zod';
import { zodIssues } from '../model/zodIssues';
import type { Engine } from './createEngine';
import type { Refusal } from './refusals';
import type { SignedFigures } from './signAttestation';
import { errorResponse } from './errorResponse';
import { InvalidRequestError } from './InvalidRequestError';
import type { Quoter } from './createQuoter';
import { attestRequest, marginRequest, quoteRequest } from './requestSchemas';
import { toJsonSafe } from './toJsonSafe';

export type CreateServerParameters = {
  engine: Engine;
  /** DEMO: the LP's quoter; enables `POST /quote`. */
  quoter?: Quoter;
  /** Fastify logger option (pino). Default: JSON logs at `info`. */
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes (default 16 KiB: a request names an account, not a book). */
  bodyLimit?: number;
  /** Requests per client IP per `rateWindowMs` (default 600 per 10 s). */
  rateMax?: number;
  rateWindowMs?: number;
  /** Origins allowed by CORS (the app's), or '*' (default: the dev/preview/start origins). */
  corsOrigins?: readonly string[] | '*';
};

export const DEFAULT_CORS_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:4173',
  'http://127.0.0.1:4173',
];

/**
 * The risk engine's HTTP API (Fastify):
 *
 * - `POST /quote {taker, instrumentIds, quantities}` (DEMO, when a quoter is given) → the LP's
 *   signed quote at the on-chain marks: `{ trade, quoteSignature, legs }`
 * - `GET /health` → `{ ok, signer, vault, chainId, block }`
 * - `POST /margin {account}` → the account's margin as on chain now (nothing signed)
 * - `POST /attest {account, action}` → `{ attestation, signature, margin, binding, … }` (plus
 *   `counterparty` for a trade: the maker's attestation), or 422 `INSUFFICIENT_MARGIN` naming the
 *   binding scenario. Integers (raw chain units) travel as decimal strings.
 * - `POST /attest {account: victim, action: {type: 'liquidate', liquidator}}` → the victim's
 *   attestation of its CURRENT state, `counterparty`: the liquidator's of its post-takeover state,
 *   and `liquidation: {liquidator, payout}`; or 422 `NOT_LIQUIDATABLE` (maintenance headroom ≥ 0)
 *   or `INSUFFICIENT_MARGIN` with role `liquidator`.
 * - `POST /attest {account, action: {type: 'settle', instrumentIds}}` → the account's attestation
 *   of its post-settlement state and `settlement: {credits: [{instrumentId, quantity,
 *   settlementPrice, credit}]}`; or 422 `NOT_EXPIRED`, `SETTLEMENT_PRICE_NOT_FIXED` (names the
 *   `fixSettlementPrice` call), `INVALID_ACTION` (no position) or `INSUFFICIENT_MARGIN`.
 *
 * Errors are `{ error: { code, message, … } }`: 400 names the invalid field, 404 unknown account,
 * 413 body too large, 422 refused, 429 rate limited, 5xx chain or engine trouble.
 */
export function createServer(p: CreateServerParameters): FastifyInstance {
  const app = Fastify({
    logger: p.logger ?? { level: 'info' },
    bodyLimit: p.bodyLimit ?? 16 * 1024,
  });
  const origins = p.corsOrigins ?? DEFAULT_CORS_ORIGINS;
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin && (origins === '*' || origins.includes(origin))) {
      reply.header('access-control-allow-origin', origins === '*' ? '*' : origin);
      reply.header('vary', 'Origin');
    }
  });
  void app.register(rateLimit, {
    max: p.rateMax ?? 600,
    timeWindow: p.rateWindowMs ?? 10_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `Too many requests: at most ${context.max} per ${context.after}. Retry later.`,
    }),
  });
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorResponse(error);
    if (status >= 500) request.log.error({ err: error }, body.error.message);
    else request.log.info({ code: body.error.code }, body.error.message);
    void reply.code(status).send(body);
  });

  const parse = <T extends z.ZodType>(schema: T, body: unknown): z.output<T> => {
    const parsed = schema.safeParse(body ?? {}, { reportInput: true });
    if (!parsed.success) throw new InvalidRequestError(zodIssues(parsed.error));
    return parsed.data;
  };

  // Routes live in a plugin registered after rate-limit, so its onRoute hook sees them all.
  void app.register(async (app) => {
    app.options('/*', async (_request, reply) => {
      reply
        .header('access-control-allow-methods', 'GET, POST, OPTIONS')
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '600')
        .code(204)
        .send();
    });
    app.get('/health', async () => {
      const block = await p.engine.ctx.client.getBlockNumber();
      return toJsonSafe({
        ok: true,
        signer: p.engine.signer,
        vault: p.engine.ctx.vault,
        chainId: p.engine.ctx.chainId,
        block,
      });
    });

    app.post('/quote', async (request, reply) => {
      if (!p.quoter)
        return reply.code(404).send({
          error: {
            code: 'NO_QUOTER',
            message: 'This engine does not quote (demo LP quoting is off).',
          },
        });
      const body = parse(quoteRequest, request.body);
      return toJsonSafe(await p.quoter.quote(body));
    });

    app.post('/margin', async (request) => {
      const { account } = parse(marginRequest, request.body);
      return toJsonSafe(await p.engine.margin(account));
    });

    app.post('/attest', async (request, reply) => {
      const { account, action } = parse(attestRequest, request.body);
      const out = await p.engine.attest(account, action);
      if (!out.ok) {
        const r = out.refusal;
        request.log.info(
          { account: r.account, code: r.code, scenario: r.binding.label },
          r.code === 'NOT_LIQUIDATABLE'
            ? 'refused: not liquidatable'
            : 'refused: insufficient margin',
        );
        return reply.code(422).send(
          toJsonSafe({
            error: {
              code: r.code,
              message: refusalMessage(r),
              account: r.account,
              role: r.role,
              initialHeadroom: r.initialHeadroom,
              maintenanceHeadroom: r.maintenanceHeadroom,
              binding: r.binding,
              margin: r.margin,
            },
          }),
        );
      }
      const view = (s: SignedFigures) => ({
        account: s.account,
        attestation: s.attestation,
        signature: s.signature,
        margin: s.margin,
        binding: s.binding,
        profile: s.profile,
      });
      return toJsonSafe({
        blockNumber: out.blockNumber,
        ...view(out.signed),
        counterparty: out.counterparty ? view(out.counterparty) : undefined,
        liquidation: out.liquidation,
        settlement: out.settlement,
      });
    });
  });
  return app;
}

function refusalMessage(r: Refusal): string {
  const scenario = `binding scenario: ${r.binding.underlier} ${r.binding.label} (P&L ${r.binding.pnl.toFixed(2)})`;
  if (r.code === 'NOT_LIQUIDATABLE')
    return `Refused: ${r.account} is not liquidatable: its maintenance headroom is ${r.maintenanceHeadroom.toFixed(2)} ≥ 0; ${scenario}.`;
  const who =
    r.role === 'account'
      ? 'the account'
      : r.role === 'counterparty'
        ? 'the counterparty'
        : 'the liquidator';
  return `Refused: after this action ${who} ${r.account} would have initial headroom ${r.initialHeadroom.toFixed(2)} < 0; ${scenario}.`;
}
