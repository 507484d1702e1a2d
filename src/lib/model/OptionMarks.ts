import type { Position } from './types';

type Mark = { at: number; vol: number; volConfidence: number };

/**
 * The rule "one option instrument, one mark" (docs/model-notes.md, 2): positions in the same
 * option (underlier, expiry, strike, right) add up, so they must carry the same vol and
 * volConfidence. Feed positions in order; `add` answers the index of the first position whose
 * mark this one contradicts, or `undefined` when it agrees (or is the first of its instrument).
 *
 * @example
 * const marks = OptionMarks.empty();
 * book.positions.forEach((p, i) => marks.add(p, i)); // undefined while consistent
 * marks.copy().add(leg, -1); // a what-if leg checked against the book, the book untouched
 */
export class OptionMarks {
  private readonly marks = new Map<string, Mark>();

  /** `under`: marks to look up after this one's own (never changed through this one). */
  private constructor(private readonly under?: OptionMarks) {}

  static empty(): OptionMarks {
    return new OptionMarks();
  }

  /**
   * A layer over these marks to check more positions against without changing them: it reads
   * through to them instead of copying (a what-if checks its legs this way on every keystroke),
   * so positions added to these marks later show through it too.
   */
  copy(): OptionMarks {
    return new OptionMarks(this);
  }

  private find(key: string): Mark | undefined {
    return this.marks.get(key) ?? this.under?.find(key);
  }

  /**
   * Records `p` (index `at`) and returns the index of the position whose different mark it
   * contradicts; futures and perps always agree.
   */
  add(p: Position, at: number): number | undefined {
    if (p.type !== 'option') return undefined;
    const key = `${p.underlier}|${p.expiry}|${p.strike}|${p.right}`;
    const first = this.find(key);
    if (!first) {
      this.marks.set(key, { at, vol: p.vol, volConfidence: p.volConfidence });
      return undefined;
    }
    return first.vol !== p.vol || first.volConfidence !== p.volConfidence ? first.at : undefined;
  }
}
