import type { Portfolio } from '../model/types';
import { formatInstrumentName } from './formatInstrumentName';

export type PortfolioToCsvParameters = { portfolio: Portfolio };
export type PortfolioToCsvReturnType = string;

/**
 * Writes a validated portfolio's legs as the CSV `importLegsCsv` reads: one line per position
 * (Deribit name, qty, entry price for futures and for perps with P&L) and per collateral holding
 * (price omitted for a stablecoin at 1). A CSV carries legs, not market data: re-importing takes
 * marks and vols from a snapshot, and what the CSV cannot carry (cash, funding) is written as
 * `#` comments so that nothing is dropped silently.
 *
 * @example
 * portfolioToCsv({ portfolio }); // 'instrument,qty,entryPrice\nBTC-26JUN26-75000-C,-10,\n…'
 */
export function portfolioToCsv({ portfolio }: PortfolioToCsvParameters): PortfolioToCsvReturnType {
  const lines = ['instrument,qty,entryPrice'];
  const notes: string[] = [];
  if (portfolio.cash !== 0) notes.push(`# cash ${portfolio.cash} (not a leg: set it on import)`);
  portfolio.positions.forEach((p, i) => {
    if (p.type === 'option' || p.type === 'future') {
      const instrument =
        p.type === 'option'
          ? {
              kind: p.type,
              underlier: p.underlier,
              quote: undefined,
              expiry: p.expiry,
              strike: p.strike,
              right: p.right,
            }
          : { kind: p.type, underlier: p.underlier, quote: undefined, expiry: p.expiry };
      const name = formatInstrumentName({ instrument });
      lines.push(`${name},${p.qty},${p.type === 'future' ? p.entryPrice : ''}`);
      return;
    }
    const name = formatInstrumentName({
      instrument: { kind: 'perp', underlier: p.underlier, quote: undefined },
    });
    const perpPrice = portfolio.underliers[p.underlier]?.perpPrice;
    // The entry price that reproduces the P&L: pnl = qty·(perpPrice − entry).
    const entry =
      p.unrealizedPnl !== 0 && p.qty !== 0 && perpPrice !== undefined
        ? perpPrice - p.unrealizedPnl / p.qty
        : undefined;
    if (p.unrealizedPnl !== 0 && entry === undefined)
      notes.push(`# positions[${i}] ${name}: unrealizedPnl ${p.unrealizedPnl} not exported`);
    if (p.unrealizedFunding !== 0)
      notes.push(
        `# positions[${i}] ${name}: unrealizedFunding ${p.unrealizedFunding} not exported`,
      );
    lines.push(`${name},${p.qty},${entry ?? ''}`);
  });
  for (const c of portfolio.collateral) {
    const stable = c.price === 1 && /^(USDC|USDT|USD|DAI)$/.test(c.asset);
    lines.push(`${c.asset},${c.amount},${stable ? '' : c.price}`);
  }
  return [...notes, ...lines].join('\n') + '\n';
}
