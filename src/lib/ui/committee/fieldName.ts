/**
 * The editor's name of a parameter (its `<input name>`) from its JSON path: the default
 * scenario set's generators drop the `scenarios.` prefix, an underlier's own set drops its
 * `.scenarios` (`underliers.BTC.scenarios.grid.range` → `underliers.BTC.grid.range`).
 *
 * @example
 * fieldName('scenarios.grid.range'); // 'grid.range'
 */
export function fieldName(path: string): string {
  return path
    .replace(/^scenarios\./, '')
    .replace(/^underliers\.([^.]+)\.scenarios\./, 'underliers.$1.');
}

/**
 * The field a validation issue belongs to: the longest field name that prefixes the issue's
 * name (`tails.moves[3]` → `tails.moves`), or `undefined` when no field shows it.
 *
 * @example
 * fieldForIssue('scenarios.tails.moves[3]', ['tails.moves', 'tails.c']); // 'tails.moves'
 */
export function fieldForIssue(path: string, names: readonly string[]): string | undefined {
  const name = fieldName(path);
  let best: string | undefined;
  for (const n of names)
    if (
      (name === n || name.startsWith(`${n}[`) || name.startsWith(`${n}.`)) &&
      n.length > (best?.length ?? 0)
    )
      best = n;
  return best;
}
