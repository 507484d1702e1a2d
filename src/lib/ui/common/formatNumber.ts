const cache = new Map<string, Intl.NumberFormat>();

function formatter(digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${digits}|${signed}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(key, f);
  }
  return f;
}

/**
 * A figure for display: thousands separators, fixed decimals, a true minus sign (U+2212), `—`
 * for a missing value. Display only: the exact value goes in `data-value`.
 *
 * @example
 * formatNumber(-1234.567, 2); // '−1,234.57'
 * formatNumber(0.5, 1, true); // '+0.5'
 */
export function formatNumber(value: number | null | undefined, digits = 0, signed = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  // -0 and values that round to zero print as 0, never as "−0".
  const text = formatter(digits, signed).format(value);
  return /^[-+]?0(\.0*)?$/.test(text) ? text.replace(/^[-+]/, '') : text.replace('-', '−');
}

/** Digits that keep about `significant` significant figures for small quantities (Greeks). */
export function digitsFor(value: number, significant = 3, max = 6): number {
  const a = Math.abs(value);
  if (a === 0 || !Number.isFinite(a) || a >= 10 ** (significant - 1)) return 0;
  return Math.min(max, significant - 1 - Math.floor(Math.log10(a)));
}
