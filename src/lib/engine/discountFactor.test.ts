import { expect, test } from 'vitest';
import { loadCoreNode } from './loadCoreNode';

test('the core’s discount factor is exp(−max(0, rate)·T): negative rates do not compound', async () => {
  const core = await loadCoreNode();
  expect(core.discountFactor(0.17, 0.5)).toBeCloseTo(Math.exp(-0.085), 15);
  expect(core.discountFactor(-0.3, 2)).toBe(1);
  expect(core.discountFactor(0.05, 0)).toBe(1);
});
