/** Month codes of Deribit names, in calendar order. */
export const MONTHS = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
] as const;

/** Deribit settles every dated instrument at 08:00 UTC. */
export const EXPIRY_HOUR_UTC = 8;
