// Builds the compact market snapshot `static/market/deribit-20260415.json` (`dcro.market/1`)
// from the Deribit CSVs in the shared data folder. Run from the repository root:
//
//   npx tsx scripts/build-market.ts <data-dir> [out.json]
//
// e.g. `npx tsx scripts/build-market.ts ../shared/data`. The project never reads the data folder
// at run time or in tests: this script is the only bridge, and its output is committed. Then
// rebuild the demo books from it with `npx tsx scripts/build-books.ts`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatExpiryCode } from '../src/lib/import/formatExpiryCode';
import {
  MARKET_FORMAT,
  type MarketExpiry,
  type MarketSnapshot,
  type OptionQuote,
} from '../src/lib/import/MarketSnapshot';
import { parseInstrumentName } from '../src/lib/import/parseInstrumentName';

const [dataDir, outPath = 'static/market/deribit-20260415.json'] = process.argv.slice(2);
if (!dataDir || dataDir === '--help' || dataDir === '-h') {
  process.stderr.write('usage: npx tsx scripts/build-market.ts <data-dir> [out.json]\n');
  process.exit(dataDir ? 0 : 2);
}

type Row = Record<string, string>;

/** The data files hold no quoted fields (checked), so a split on commas is a full CSV parser. */
function readCsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(join(dataDir!, file), 'utf8').trim().split(/\r?\n/);
  const keys = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    if (cells.length !== keys.length) throw new Error(`${file}: ragged line: ${line}`);
    return Object.fromEntries(keys.map((k, i) => [k, cells[i]!]));
  });
}

const find = (prefix: string): string => {
  const file = readdirSync(dataDir).find((f) => f.startsWith(prefix) && f.endsWith('.csv'));
  if (!file) throw new Error(`no ${prefix}*.csv in ${dataDir}`);
  return file;
};
const files = [
  find('deribit_options_snapshot_'),
  find('deribit_futures_'),
  find('deribit_perpetuals_'),
];
const [options, futures, perps] = files.map(readCsv) as [Row[], Row[], Row[]];

const num = (row: Row, key: string): number => {
  const value = Number(row[key]);
  if (row[key] === '' || !Number.isFinite(value))
    throw new Error(`${row.instrument_name}: ${key} '${row[key]}' is not a number`);
  return value;
};
// The collector divided Deribit's percentages by 100 (0.8312999999999999): 12 significant digits
// restore the published value without losing any real digit.
const clean = (value: number): number => Number(value.toPrecision(12));
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  // The lower middle element, so the result is one of the observed prices.
  return sorted[(sorted.length - 1) >> 1]!;
};

const stamps = new Set([...options, ...futures, ...perps].map((r) => r.timestamp));
if (stamps.size !== 1) throw new Error(`expected one capture timestamp, found ${[...stamps]}`);
const capturedAt = [...stamps][0]!;
const asOf = Math.floor(Date.parse(capturedAt) / 1000);

const futureMark = new Map(futures.map((r) => [r.instrument_name!, num(r, 'mark_price')]));
const perpPrice = new Map(perps.map((r) => [r.currency!, num(r, 'price')]));

const snapshot: MarketSnapshot = {
  format: MARKET_FORMAT,
  asOf,
  source: {
    venue: 'Deribit (public REST API)',
    capturedAt,
    files,
    note:
      'Captured by znmahbub/SVCJ-Deribit-Inverse-Options-Pricer (GitHub, commit 72d620fc, ' +
      'no licence stated; the values are exchange facts). spot = median index_price of the ' +
      'chain rows; perpPrice = last 1-minute trade of the perpetual; option marks in coin.',
  },
  underliers: {},
};

const currencies = [...new Set(options.map((r) => r.currency!))].sort();
for (const currency of currencies) {
  const rows = options.filter((r) => r.currency === currency);
  const perp = perpPrice.get(currency);
  if (perp === undefined) throw new Error(`no ${currency}-PERPETUAL price`);
  const byExpiry = new Map<number, Row[]>();
  for (const row of rows) {
    const instrument = parseInstrumentName({ name: row.instrument_name! });
    if (instrument.kind !== 'option') throw new Error(`${row.instrument_name} is not an option`);
    if (instrument.expiry * 1000 !== Date.parse(row.expiry_datetime!))
      throw new Error(`${row.instrument_name}: name and expiry_datetime disagree`);
    byExpiry.set(instrument.expiry, [...(byExpiry.get(instrument.expiry) ?? []), row]);
  }
  const expiries: Record<string, MarketExpiry> = {};
  for (const [expiry, group] of [...byExpiry].sort((a, b) => a[0] - b[0])) {
    const code = formatExpiryCode({ expiry })!;
    const future = futureMark.get(`${currency}-${code}`);
    // A listed future's mark is the forward; otherwise the chain's own (synthetic or index) price.
    const forward = future ?? median(group.map((r) => clean(num(r, 'underlying'))));
    const quotes: OptionQuote[] = group
      .map((r): OptionQuote => {
        const quote: OptionQuote = [
          num(r, 'strike'),
          r.option_type === 'call' ? 'C' : 'P',
          clean(num(r, 'implied_volatility')),
          num(r, 'mark_price'),
        ];
        const rowForward = clean(num(r, 'underlying'));
        return rowForward === forward ? quote : [...quote, rowForward];
      })
      .sort((a, b) => a[0] - b[0] || (a[1] === b[1] ? 0 : a[1] === 'C' ? -1 : 1));
    expiries[String(expiry)] = {
      code,
      forward,
      forwardSource: group[0]!.underlying_name!,
      ...(future === undefined ? {} : { future }),
      options: quotes,
    };
  }
  // Futures whose expiry has no options still need their forward.
  for (const [name, mark] of futureMark) {
    const instrument = parseInstrumentName({ name });
    if (instrument.underlier !== currency || instrument.kind !== 'future') continue;
    expiries[String(instrument.expiry)] ??= {
      code: formatExpiryCode({ expiry: instrument.expiry })!,
      forward: mark,
      forwardSource: name,
      future: mark,
      options: [],
    };
  }
  snapshot.underliers[currency] = {
    spot: median(rows.map((r) => num(r, 'index_price'))),
    perpPrice: perp,
    expiries,
  };
}

// One option per line keeps the file compact yet diffable.
const json = JSON.stringify(snapshot, null, 1).replace(
  /\[\s+([^[\]{}]*?)\s+\]/g,
  (_, inner: string) => `[${inner.replace(/\s*\n\s*/g, '')}]`,
);
writeFileSync(outPath, json + '\n');
const count = Object.values(snapshot.underliers).flatMap((u) =>
  Object.values(u.expiries).flatMap((e) => e.options),
).length;
process.stderr.write(`${outPath}: ${count} options, ${(json.length / 1024).toFixed(0)} KB\n`);
