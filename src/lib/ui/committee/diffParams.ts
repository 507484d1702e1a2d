import { flatten, type Json } from './jsonPath';

/** One changed parameter: its JSON path and both values (`undefined` when absent). */
export type ParamChange = { path: string; shipped: Json | undefined; edited: Json | undefined };

/**
 * The parameters that differ between a shipped profile and an edited one, in the edited
 * document's order (then removed ones). Arrays compare as whole values.
 *
 * @example
 * diffParams({ volShock: { rangeUp: 0.5 } }, { volShock: { rangeUp: 0.6 } });
 * // [{path: 'volShock.rangeUp', shipped: 0.5, edited: 0.6}]
 */
export function diffParams(shipped: Json, edited: Json): ParamChange[] {
  const a = flatten(shipped);
  const b = flatten(edited);
  const out: ParamChange[] = [];
  for (const [path, v] of b)
    if (JSON.stringify(a.get(path)) !== JSON.stringify(v))
      out.push({ path, shipped: a.get(path), edited: v });
  for (const [path, v] of a) if (!b.has(path)) out.push({ path, shipped: v, edited: undefined });
  return out.filter((c) => c.path !== 'name' && c.path !== 'description');
}
