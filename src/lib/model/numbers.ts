import { z } from 'zod';

/** MODEL.md §8: every number |x| ≤ 1e15 (and finite: zod rejects NaN and ±Infinity). */
export const MAX_ABS = 1e15;

/** A finite JSON number within ±1e15. */
export const num = () => z.number().min(-MAX_ABS).max(MAX_ABS);
/** A number > 0. */
export const positive = () => z.number().gt(0).max(MAX_ABS);
/** A number ≥ 0. */
export const nonNegative = () => z.number().min(0).max(MAX_ABS);
/** A confidence, haircut or credit in [0, 1]. */
export const unit = () => z.number().min(0).max(1);
/** An integer (unix seconds) within ±1e15. */
export const integer = () => z.int().min(-MAX_ABS).max(MAX_ABS);

/**
 * An underlier or asset name: 1–32 letters, digits, `_ . -`, and not a name that plain-object
 * lookups would confuse with a built-in (`__proto__`, `toString`, …) or with the result's
 * `joint` series.
 */
export const assetName = () =>
  z
    .string()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_.-]+$/, { message: 'must be 1–32 letters, digits, _ . or -' })
    .refine((n) => !(n in Object.prototype) && n !== 'joint', {
      message: 'is a reserved name',
    });
