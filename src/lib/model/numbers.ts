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
