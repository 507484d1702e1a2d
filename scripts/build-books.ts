// Builds the demo books in `static/books/` from the shipped market snapshot (never from the raw
// data folder): for each book a legs CSV (`<id>.csv`), the `dcro.portfolio/1` it imports to
// (`<id>.json`), and `index.json` listing them. Run from the repository root after
// `scripts/build-market.ts` (and `npm run build:wasm`: deltas and the collateral sizing use the
// core):
//
//   npx tsx scripts/build-books.ts
//
// Strikes are picked by Black-76 delta on the snapshot's chain and sizes from a seeded generator,
// so the output is deterministic. USDC collateral is sized so that the initial headroom under
// `dcro-default` is a stated share of the initial margin (the other profiles are printed).
import { readFileSync, writeFileSync } from 'node:fs';
import type { CoreExports } from '../src/lib/engine/CoreExports';
import { computeMargin } from '../src/lib/engine/computeMargin';
import { loadCoreNode } from '../src/lib/engine/loadCoreNode';
import type { MarketSnapshot } from '../src/lib/import/MarketSnapshot';
import { formatInstrumentName } from '../src/lib/import/formatInstrumentName';
import { importLegsCsv } from '../src/lib/import/importLegsCsv';
import { parsePortfolio } from '../src/lib/model/parsePortfolio';
import { loadProfile, profileNames } from '../src/lib/model/profiles';

const MARKET_FILE = 'static/market/deribit-20260415.json';
const market = JSON.parse(readFileSync(MARKET_FILE, 'utf8')) as MarketSnapshot;
const core: CoreExports = await loadCoreNode();
const SOURCE =
  `Deribit BTC/ETH option chain, futures and perpetuals at ${market.source.capturedAt} ` +
  `(${MARKET_FILE}; ${market.source.files[0]}), imported with importLegsCsv.`;

type Right = 'C' | 'P';
type Leg = { name: string; qty: number; entryPrice?: number };

/** The snapshot expiry with Deribit code `code` (e.g. 26JUN26). */
function expiryOf(underlier: string, code: string) {
  const entry = Object.entries(market.underliers[underlier]!.expiries).find(
    ([, e]) => e.code === code,
  );
  if (!entry) throw new Error(`no ${underlier} ${code} in the snapshot`);
  return { expiry: Number(entry[0]), ...entry[1] };
}

/** Black-76 delta per unit (rate 0): the hedge ratio a desk would use. */
function delta(F: number, K: number, iv: number, tYears: number, right: Right): number {
  const d1 = (Math.log(F / K) + (iv * iv * tYears) / 2) / (iv * Math.sqrt(tYears));
  return right === 'C' ? core.normalCdf(d1) : core.normalCdf(d1) - 1;
}

/** The listed option of that expiry and right whose delta is closest to `target`. */
function pick(underlier: string, code: string, right: Right, target: number) {
  const e = expiryOf(underlier, code);
  const t = (e.expiry - market.asOf) / 31_536_000;
  let best: { strike: number; delta: number } | undefined;
  for (const [strike, r, iv, , fwd] of e.options) {
    if (r !== right) continue;
    const d = delta(fwd ?? e.forward, strike, iv, t, right);
    if (!best || Math.abs(d - target) < Math.abs(best.delta - target)) best = { strike, delta: d };
  }
  const name = formatInstrumentName({
    instrument: {
      kind: 'option',
      underlier,
      quote: undefined,
      expiry: e.expiry,
      strike: best!.strike,
      right: right === 'C' ? 'call' : 'put',
    },
  });
  return { name, ...best! };
}

/** mulberry32: a tiny seeded generator, so the books do not change between runs. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const round = (x: number, step: number) => Math.round(x / step) * step;
const fixed = (x: number) => Number(x.toFixed(6));

type Book = {
  id: string;
  title: string;
  description: string;
  legs: Leg[];
  collateral: Leg[];
  /** USDC is sized so that initialHeadroom ≈ share × initialMargin under dcro-default. */
  headroomShare?: number;
  usdc?: number;
};

function csvOf(book: Book, usdc: number): string {
  const lines = [
    `# ${book.title}: ${book.description}`,
    `# ${SOURCE}`,
    'instrument,qty,entryPrice',
    ...book.legs.map((l) => `${l.name},${fixed(l.qty)},${l.entryPrice ?? ''}`),
    ...book.collateral.map((l) => `${l.name},${fixed(l.qty)},`),
    ...(usdc > 0 ? [`USDC,${usdc},`] : []),
  ];
  return lines.join('\n') + '\n';
}

const margins = (csv: string) => {
  const portfolio = parsePortfolio(importLegsCsv({ csv, market }));
  return Object.fromEntries(
    profileNames.map((p) => [p, computeMargin({ portfolio, params: loadProfile(p), core })]),
  );
};

// ── The market maker: two-sided flow across strikes and expiries, delta hedged ──────────────
function marketMaker(): Book {
  const rng = random(20260415);
  const legs: Leg[] = [];
  const netDelta: Record<string, number> = { BTC: 0, ETH: 0 };
  const collateral = [
    { name: 'BTC', qty: 8 },
    { name: 'ETH', qty: 150 },
  ];
  for (const c of collateral) netDelta[c.name]! += c.qty;
  const unit: Record<string, number> = { BTC: 0.5, ETH: 10 };
  for (const u of ['BTC', 'ETH'])
    for (const code of ['24APR26', '1MAY26', '29MAY26', '26JUN26', '25SEP26', '25DEC26']) {
      const seen = new Set<string>();
      for (const [right, target] of [
        ['P', -0.1],
        ['P', -0.2],
        ['P', -0.3],
        ['P', -0.4],
        ['P', -0.5],
        ['C', 0.5],
        ['C', 0.4],
        ['C', 0.3],
        ['C', 0.2],
        ['C', 0.1],
      ] as const) {
        const o = pick(u, code, right, target);
        if (seen.has(o.name)) continue;
        seen.add(o.name);
        // Customer flow leaves a desk mostly short wings and mixed near the money.
        const short = rng() < (Math.abs(target) <= 0.2 ? 0.75 : 0.55);
        const qty = (short ? -1 : 1) * unit[u]! * (1 + Math.floor(rng() * 16));
        legs.push({ name: o.name, qty });
        netDelta[u]! += qty * o.delta;
      }
    }
  // Hedge the options and the coin collateral: 60% perp, the rest in the June and September futures.
  const step: Record<string, number> = { BTC: 0.1, ETH: 1 };
  for (const u of ['BTC', 'ETH']) {
    const h = -netDelta[u]!;
    const perp = market.underliers[u]!.perpPrice;
    legs.push({
      name: `${u}-PERPETUAL`,
      qty: round(0.6 * h, step[u]!),
      entryPrice: round(perp * 0.995, 0.5),
    });
    legs.push({
      name: `${u}-26JUN26`,
      qty: round(0.25 * h, step[u]!),
      entryPrice: round(expiryOf(u, '26JUN26').forward * 0.99, 0.5),
    });
    legs.push({
      name: `${u}-25SEP26`,
      qty: round(0.15 * h, step[u]!),
      entryPrice: round(expiryOf(u, '25SEP26').forward * 1.01, 0.5),
    });
  }
  return {
    id: 'mm-delta-hedged',
    title: 'Market maker, delta hedged',
    description:
      'Two-sided BTC and ETH option inventory across 10 delta buckets and 6 expiries (April to December), net short wings, delta hedged with perpetuals and June/September futures; USDC, BTC and ETH collateral.',
    legs,
    collateral,
    headroomShare: 0.5,
  };
}

// ── The LP: sells straddles and strangles, collateral in coins and USDC ───────────────────────
function lpShortVol(): Book {
  const legs: Leg[] = [];
  const straddle = (u: string, code: string, qty: number) => {
    const c = pick(u, code, 'C', 0.5);
    legs.push({ name: c.name, qty: -qty }, { name: c.name.replace(/-C$/, '-P'), qty: -qty });
  };
  const strangle = (u: string, code: string, d: number, qty: number) =>
    legs.push(
      { name: pick(u, code, 'P', -d).name, qty: -qty },
      { name: pick(u, code, 'C', d).name, qty: -qty },
    );
  straddle('BTC', '26JUN26', 4);
  strangle('BTC', '29MAY26', 0.2, 8);
  strangle('BTC', '25SEP26', 0.15, 5);
  straddle('ETH', '1MAY26', 80);
  strangle('ETH', '26JUN26', 0.25, 150);
  strangle('ETH', '25DEC26', 0.15, 100);
  return {
    id: 'lp-short-vol',
    title: 'LP, short volatility',
    description:
      'A vault-style seller of BTC and ETH straddles and 15–25-delta strangles from May to December, unhedged; collateral in USDC, BTC and ETH.',
    legs,
    collateral: [
      { name: 'BTC', qty: 3 },
      { name: 'ETH', qty: 60 },
    ],
    headroomShare: 0.6,
  };
}

// ── Retail: a few long options, paid for in USDC ─────────────────────────────────────────────
function retailDirectional(): Book {
  return {
    id: 'retail-directional',
    title: 'Retail, directional',
    description:
      'A few long BTC and ETH calls and puts (30-delta June calls, a May put as a hedge), bought outright; USDC only.',
    legs: [
      { name: pick('BTC', '26JUN26', 'C', 0.3).name, qty: 0.5 },
      { name: pick('BTC', '1MAY26', 'P', -0.25).name, qty: 0.3 },
      { name: pick('ETH', '29MAY26', 'C', 0.25).name, qty: 10 },
      { name: pick('ETH', '26JUN26', 'P', -0.35).name, qty: 5 },
    ],
    collateral: [],
    usdc: 20_000,
  };
}

// ── Covered call: ETH held as collateral, calls sold against it ──────────────────────────────
function coveredCall(): Book {
  return {
    id: 'covered-call',
    title: 'Covered call on ETH',
    description:
      '100 ETH held as (risk-cancelling) collateral with 100 ETH of out-of-the-money calls sold against it, half in May (25-delta), half in June (20-delta); a little USDC.',
    legs: [
      { name: pick('ETH', '29MAY26', 'C', 0.25).name, qty: -50 },
      { name: pick('ETH', '26JUN26', 'C', 0.2).name, qty: -50 },
    ],
    collateral: [{ name: 'ETH', qty: 100 }],
    usdc: 5_000,
  };
}

const index = [];
for (const book of [marketMaker(), lpShortVol(), retailDirectional(), coveredCall()]) {
  let usdc = book.usdc ?? 0;
  if (book.headroomShare !== undefined) {
    // Headroom is affine in the USDC amount (equity +1, haircut add-ons −0.05 per USDC): two
    // evaluations solve for the amount, rounded up to 10,000.
    const at = (x: number) => margins(csvOf(book, x))['dcro-default']!;
    const a = at(0);
    const b = at(1_000_000);
    const gap = (r: typeof a) => r.initialHeadroom - book.headroomShare! * r.initialMargin;
    usdc = Math.ceil((-gap(a) * 1_000_000) / (gap(b) - gap(a)) / 10_000) * 10_000;
  }
  const csv = csvOf(book, usdc);
  const json = importLegsCsv({ csv, market });
  parsePortfolio(json);
  writeFileSync(`static/books/${book.id}.csv`, csv);
  writeFileSync(`static/books/${book.id}.json`, compact(json) + '\n');
  const m = margins(csv);
  process.stderr.write(
    `${book.id}: ${book.legs.length} legs, USDC ${usdc}\n` +
      Object.entries(m)
        .map(
          ([p, r]) =>
            `  ${p.padEnd(16)} IM ${r.initialMargin.toFixed(0).padStart(10)}  equity ${r.equity.toFixed(0).padStart(10)}  IM headroom ${r.initialHeadroom.toFixed(0).padStart(10)}  MM headroom ${r.maintenanceHeadroom.toFixed(0).padStart(10)}\n`,
        )
        .join(''),
  );
  index.push({
    id: book.id,
    title: book.title,
    description: book.description,
    source: SOURCE,
    legs: book.legs.length,
  });
}
writeFileSync(
  'static/books/index.json',
  JSON.stringify({ format: 'dcro.books/1', books: index }, null, 2) + '\n',
);

/** One position or holding per line: small files that still diff well. */
function compact(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(
    /\{\s+([^{}]*?)\s+\}/g,
    (_, inner: string) => `{ ${inner.replace(/\s*\n\s*/g, ' ')} }`,
  );
}
