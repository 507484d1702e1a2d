/**
 * A duration for people: "12 s", "5 min", "3 h", "2 days" (rounded down; at least 0 s).
 *
 * @example
 * formatAge(90_000); // '1 min'
 */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h`;
  const days = Math.floor(h / 24);
  return `${days} days`;
}
