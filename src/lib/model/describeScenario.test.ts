import { describe, expect, test } from 'vitest';
import { describeScenario } from './describeScenario';

describe('describeScenario', () => {
  test('names a spot move in percent with its vol state', () => {
    expect(describeScenario({ spot: 0.82, vol: 'up', weight: 1 })).toBe('−18% spot, vol up');
    expect(describeScenario({ spot: 1.045, vol: 'down', weight: 1 })).toBe('+4.5% spot, vol down');
  });
  test('shows a tail weight and an unchanged spot', () => {
    expect(describeScenario({ spot: 1, vol: 'none', weight: 1 })).toBe('spot unchanged');
    expect(describeScenario({ spot: 3, vol: 'up', weight: 0.0693 })).toBe(
      '+200% spot, vol up (weight 0.0693)',
    );
  });
  test('names skew scenarios by kind', () => {
    expect(describeScenario({ spot: 1, vol: 'skew-abs', weight: 1 })).toBe('skew (abs)');
  });
});
