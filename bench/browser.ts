// The browser half of `npm run bench`: the worker pool in headless Chromium (Debian's), on the
// built app. Throughput with 1 and 2 workers, time to first margin after page load, a warm
// full recompute of the market-maker demo book, what-if latency as typed, and the 41×21 fine
// heatmap of a 2,000-leg book. Writes the "browser" section of BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { ensureChromium, CHROMIUM } from '../scripts/ensureChromium.js';
import { serveStatic } from '../scripts/serveStatic.js';
import { randomBook } from '../tests/support/randomBook';
import { benchParams, scenarioList } from './benchParams';
import { writeBenchmarkSection } from './writeBenchmarkSection';

ensureChromium();
if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);
const { server, url } = await serveStatic({ root: 'build' });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Computes on the verify page and returns the pool's wall time in ms. */
async function verifyMs(p: Page, workers: number): Promise<number> {
  await p.getByTestId('verify-workers').fill(String(workers));
  await p.getByTestId('verify-compute').click();
  const status = p.getByTestId('verify-status');
  await status.waitFor();
  await p.waitForFunction(() => !document.querySelector('[data-testid="verify-compute"]:disabled'));
  return Number(await status.getAttribute('data-ms'));
}

// 1. Throughput: 2,000 legs × 2,000 scenarios, 1 and 2 workers.
const legs = 2000;
const list = scenarioList(2000);
await page.goto(`${url}verify`);
await page.getByTestId('verify-book').fill(JSON.stringify(randomBook(legs, 5)));
await page.getByTestId('verify-params').fill(JSON.stringify(benchParams(list)));
const through: Record<number, number> = {};
for (const w of [1, 2]) {
  for (let i = 0; i < 4; i++) await verifyMs(page, w); // warm-up: workers, Wasm tier-up
  through[w] = median([await verifyMs(page, w), await verifyMs(page, w), await verifyMs(page, w)]);
}
const repricings = legs * list.length;

// 2. Time to first margin, and a warm recompute of the market-maker book.
const t0 = Date.now();
await page.goto(url);
await page.getByTestId('im').and(page.locator('[data-value]:not([data-value=""])')).waitFor();
const firstMarginMs = Date.now() - t0;
await page.goto(`${url}verify`);
await page.getByTestId('verify-demo').selectOption('mm-delta-hedged');
await page.waitForFunction(
  () => (document.querySelector('[data-testid="verify-book"]') as HTMLTextAreaElement).value,
);
await verifyMs(page, 2);
const mmMs = median([
  await verifyMs(page, 2),
  await verifyMs(page, 2),
  await verifyMs(page, 2),
  await verifyMs(page, 2),
  await verifyMs(page, 2),
]);

// 3. What-if latency on the portfolio page (market-maker book), from typing to the new figure.
await page.goto(url);
await page.getByTestId('portfolio').and(page.locator('[data-computing="false"]')).waitFor();
await page.getByTestId('whatif-sell').check();
const whatIf: number[] = [];
// Timed inside the page, from the input event to the new figure in the DOM (a MutationObserver),
// so the test driver's round trips are not counted. A string: tsx would inject helpers.
const typeAndWait = `(value) => new Promise((resolve) => {
  const input = document.querySelector('[data-testid="whatif-size"]');
  const target = () => document.querySelector('[data-testid="whatif-im-after"]');
  const old = target()?.getAttribute('data-value');
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    const v = target()?.getAttribute('data-value');
    if (v && v !== old) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(document.body, { subtree: true, attributes: true, childList: true });
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;
for (let size = 1; size <= 15; size++)
  whatIf.push(await page.evaluate<number>(`(${typeAndWait})(${size})`));

// 4. Fine heatmap of a 2,000-leg book on the stress page.
const bigBook = '/tmp/dcro-bench-2000.json';
writeFileSync(bigBook, JSON.stringify(randomBook(2000, 9)));
await page.goto(url);
await page.getByTestId('file-input').setInputFiles(bigBook);
await page.getByTestId('portfolio').and(page.locator('[data-computing="false"]')).waitFor();
await page.getByRole('link', { name: 'Stress' }).click();
const fine = page.getByTestId('fine-ms');
await fine.waitFor({ timeout: 120_000 });
const fineText = (await fine.textContent()) ?? '';
const fineMs = Number(/([\d.]+)\s*ms/.exec(fineText)?.[1] ?? NaN);

await browser.close();
server.close();

const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
const date = new Date().toISOString().slice(0, 10);
const perSec = (ms: number) => (repricings / (ms / 1000) / 1e6).toFixed(1);
const body = [
  `Measured ${date} in ${version}, headless, on the built app (\`npm run bench\`).`,
  '',
  '| measure | result | target |',
  '|---|---:|---:|',
  `| pool, 1 worker: ${legs.toLocaleString('en')} legs × 2,000 scenarios | ${through[1]!.toFixed(0)} ms (${perSec(through[1]!)} M repricings/s) | |`,
  `| pool, 2 workers: same book | ${through[2]!.toFixed(0)} ms (${perSec(through[2]!)} M/s), ${(through[1]! / through[2]!).toFixed(2)}× | ≥ 1.8× |`,
  `| time to first margin after page load (market-maker demo) | ${firstMarginMs} ms | |`,
  `| full recompute of the market-maker demo book, warm, 2 workers | ${mmMs.toFixed(1)} ms | < 16 ms |`,
  `| what-if update as typed (median of 15, input event → figure in the DOM) | ${median(whatIf).toFixed(1)} ms | < 2 ms |`,
  `| 41 × 21 fine heatmap of a 2,000-leg book, 2 workers | ${fineMs.toFixed(0)} ms | < 250 ms |`,
].join('\n');
process.stdout.write(`\n${body}\n`);
writeBenchmarkSection('browser', `## Browser (worker pool)\n\n${body}`);
