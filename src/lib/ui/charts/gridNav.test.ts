import { describe, expect, test } from 'vitest';
import { moveFocus } from './gridNav';

describe('moveFocus', () => {
  test('down from a grid row lands on the nearest cell of a shorter row', () => {
    expect(
      moveFocus(
        [
          [0, 1, 2, 3],
          [1, 2],
        ],
        { r: 0, c: 3 },
        'ArrowDown',
      ),
    ).toEqual({ r: 1, c: 1 });
  });
  test('right stops at the end of the line and other keys are ignored', () => {
    expect(moveFocus([[0, 1]], { r: 0, c: 1 }, 'ArrowRight')).toEqual({ r: 0, c: 1 });
    expect(moveFocus([[0, 1]], { r: 0, c: 1 }, 'a')).toBeNull();
  });
  test('up from the first line stays put', () => {
    expect(moveFocus([[0], [0]], { r: 0, c: 0 }, 'ArrowUp')).toEqual({ r: 0, c: 0 });
  });
});
