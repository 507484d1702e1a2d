/**
 * A "latest wins" counter: `begin()` starts a run and returns a check that stays true only
 * until the next `begin()`, so an answer that arrives after a newer request changes nothing.
 *
 * @example
 * const loads = latestWins();
 * const current = loads.begin();
 * const book = await fetchBook();
 * if (current()) show(book);
 */
export function latestWins(): { begin(): () => boolean } {
  let seq = 0;
  return {
    begin() {
      const id = ++seq;
      return () => id === seq;
    },
  };
}
