import type { Position } from '../model/types';
import type { ScanInstrument } from './ScanMarket';

/** The instrument a validated position holds: the position less its quantity and entry terms. */
export function instrumentOfPosition(p: Position): ScanInstrument {
  if (p.type === 'option') {
    const { qty: _, ...inst } = p;
    return inst;
  }
  return p.type === 'future'
    ? { type: 'future', underlier: p.underlier, expiry: p.expiry }
    : { type: 'perp', underlier: p.underlier };
}
