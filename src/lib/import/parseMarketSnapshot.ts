import { z } from 'zod';
import { ValidationError } from '../model/ValidationError';
import { nonNegative, positive } from '../model/numbers';
import { zodIssues } from '../model/zodIssues';
import { MARKET_FORMAT, type MarketSnapshot } from './MarketSnapshot';

const quote = z.union([
  z.tuple([nonNegative(), z.enum(['C', 'P']), positive(), nonNegative()]),
  z.tuple([nonNegative(), z.enum(['C', 'P']), positive(), nonNegative(), positive()]),
]);

const marketSchema = z.strictObject({
  format: z.literal(MARKET_FORMAT),
  asOf: z.int().min(0),
  source: z.strictObject({
    venue: z.string(),
    capturedAt: z.string(),
    files: z.array(z.string()),
    note: z.string(),
  }),
  underliers: z.record(
    z.string().regex(/^[A-Z][A-Z0-9]*$/),
    z.strictObject({
      spot: positive(),
      perpPrice: positive(),
      expiries: z.record(
        z.string().regex(/^\d{1,16}$/, { message: 'expiry keys are unix seconds' }),
        z.strictObject({
          code: z.string(),
          forward: positive(),
          forwardSource: z.string(),
          future: positive().optional(),
          options: z.array(quote),
        }),
      ),
    }),
  ),
});

/**
 * Validates a `dcro.market/1` snapshot (e.g. one fetched from `static/market/`, or a user's own)
 * before `importLegsCsv` trusts it; errors name the JSON path like every DCRO input file.
 *
 * @example
 * const market = parseMarketSnapshot(await (await fetch('/market/deribit-20260415.json')).json());
 */
export function parseMarketSnapshot(json: unknown): MarketSnapshot {
  const parsed = marketSchema.safeParse(json, { reportInput: true });
  if (!parsed.success)
    throw new ValidationError(
      'Market snapshot',
      zodIssues(parsed.error),
      'Rebuild it with `npx tsx scripts/build-market.ts <data-dir>`.',
    );
  return parsed.data as MarketSnapshot;
}
