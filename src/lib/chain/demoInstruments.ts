import coveredCall from '../../../static/books/covered-call.json';
import lpShortVol from '../../../static/books/lp-short-vol.json';
import mmDeltaHedged from '../../../static/books/mm-delta-hedged.json';
import retailDirectional from '../../../static/books/retail-directional.json';
import type { Right } from '../model/types';

/** An instrument to list on the vault (USD strike; expiry unix seconds, 0 for perps). */
export type InstrumentSpec = {
  underlier: string;
  kind: 'option' | 'future' | 'perp';
  right: Right | undefined;
  expiry: number;
  strike: number;
};

type Leg = { type: string; underlier: string; expiry?: number; strike?: number; right?: string };

/** The instrument a demo-book leg trades. */
export function legInstrument(leg: Leg): InstrumentSpec {
  const kind = leg.type as InstrumentSpec['kind'];
  return {
    underlier: leg.underlier,
    kind,
    right: kind === 'option' ? (leg.right as Right) : undefined,
    expiry: kind === 'perp' ? 0 : leg.expiry!,
    strike: kind === 'option' ? leg.strike! : 0,
  };
}

/** A stable key of an instrument spec (same key ⇔ same vault instrument). */
export function instrumentKey(s: InstrumentSpec): string {
  return `${s.underlier}|${s.kind}|${s.right ?? ''}|${s.expiry}|${s.strike}`;
}

/**
 * Every instrument the four demo books (static/books) trade, deduplicated, in book order:
 * what `deployDcro` lists by default, so any demo leg can be traded on the demo chain.
 */
export function demoInstruments(): InstrumentSpec[] {
  const seen = new Map<string, InstrumentSpec>();
  for (const book of [mmDeltaHedged, lpShortVol, retailDirectional, coveredCall])
    for (const leg of book.positions as Leg[]) {
      const spec = legInstrument(leg);
      if (!seen.has(instrumentKey(spec))) seen.set(instrumentKey(spec), spec);
    }
  return [...seen.values()];
}
