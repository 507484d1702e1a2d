import { expect, test } from 'vitest';
import { formatAge } from './formatAge';

test('an age reads in the largest whole unit', () => {
  expect(formatAge(-5)).toBe('0 s');
  expect(formatAge(59_999)).toBe('59 s');
  expect(formatAge(90_000)).toBe('1 min');
  expect(formatAge(3 * 3600_000)).toBe('3 h');
  expect(formatAge(3 * 86400_000)).toBe('3 days');
});
