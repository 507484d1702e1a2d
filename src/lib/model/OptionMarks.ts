import type { Position } from './types';

type Mark = { at: number; vol: number; volConfidence: number };

/**
 * The rule "one option instrument, one mark" (docs/model-notes.md, 2): positions in the same
 * option (underlier, expiry, strike, right) add up, so they must carry the same vol and
 * volConfidence. Feed positions in order; `add` answers the index of the first position whose
 * mark this one contradicts, or `undefined` when it agrees (or is the first of its instrument).
 *
 * @example
 * const marks = new OptionMarks();
 * book.positions.forEach((p, i) => marks.add(p, i)); // undefined while consistent
 * marks.copy().add(leg, -1); // a what-if leg checked against the book, the book untouched
 */
export class OptionMarks {
  private readonly marks: Map<string, Mark>;

  constructor(from?: OptionMarks) {
    this.marks = new Map(from?.marks);
  }

  /** A copy to check more positions against without changing this one. */
  copy(): OptionMarks {
    return new OptionMarks(this);
  }

  /**
   * Records `p` (index `at`) and returns the index of the position whose different mark it
   * contradicts; futures and perps always agree.
   */
  add(p: Position, at: number): number | undefined {
    if (p.type !== 'option') return undefined;
    const key = `${p.underlier}|${p.expiry}|${p.strike}|${p.right}`;
    const first = this.marks.get(key);
    if (!first) {
      this.marks.set(key, { at, vol: p.vol, volConfidence: p.volConfidence });
      return undefined;
    }
    return first.vol !== p.vol || first.volConfidence !== p.volConfidence ? first.at : undefined;
  }
}
