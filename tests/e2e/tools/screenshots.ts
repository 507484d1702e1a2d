// Screenshots of every route, light and dark, desktop (1366 × 900) and phone (390 × 844), into
// docs/screenshots/ (or the folder given as the first argument). Needs `npm run build` first:
//   npx tsx tests/e2e/tools/screenshots.ts [outDir] [route …]
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { startSystem } from './startSystem';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Each route and what it must show before its picture is taken. */
const ROUTES: { name: string; link: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'portfolio', link: 'Portfolio', ready: (p) => p.getByTestId('im').waitFor() },
  { name: 'stress', link: 'Stress', ready: (p) => p.getByTestId('pnl-curve').waitFor() },
  { name: 'committee', link: 'Committee', ready: (p) => p.getByTestId('committee-im').waitFor() },
  { name: 'chain', link: 'Chain', ready: (p) => p.getByTestId('account-block').waitFor() },
  { name: 'verify', link: 'Verify', ready: (p) => p.getByTestId('verify-book').waitFor() },
];

const SIZES = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

const out = process.argv[2] ?? 'docs/screenshots';
const only = process.argv.slice(3);
mkdirSync(out, { recursive: true });
const system = await startSystem();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  for (const size of SIZES)
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: theme,
      });
      const page = await context.newPage();
      // Load the default demo book once; the other routes show the same book.
      await page.goto(system.appUrl);
      await ROUTES[0]!.ready(page);
      for (const route of ROUTES) {
        if (only.length && !only.includes(route.name)) continue;
        // Through the navigation, as a user moves between pages.
        await page.getByRole('navigation').getByRole('link', { name: route.link }).click();
        await route.ready(page);
        await page.waitForTimeout(800); // charts and late figures settle
        const file = `${out}/${route.name}-${size.name}-${theme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        process.stderr.write(`${file}\n`);
      }
      await context.close();
    }
} finally {
  await browser.close();
  system.stop();
}
