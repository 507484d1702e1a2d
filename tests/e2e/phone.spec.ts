import { expect, test, type Page } from '@playwright/test';

// A phone: every page usable at 390 × 844 with no sideways page scroll (wide tables scroll
// inside their own box, heatmaps fit).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** Each page, reached through the navigation, and what it must show. */
const ROUTES: [link: string, ready: string][] = [
  ['Portfolio', 'im'],
  ['Stress', 'pnl-curve'],
  ['Committee', 'committee-im'],
  ['Chain', 'account-block'],
  ['Verify', 'verify-book'],
];

async function pageWidth(page: Page) {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
}

test.describe('on a phone', () => {
  test('no page scrolls sideways at 390 × 844', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('im')).not.toHaveAttribute('data-value', '');
    for (const [link, ready] of ROUTES) {
      await page.getByRole('navigation').getByRole('link', { name: link }).click();
      await expect(page.getByTestId(ready).first()).toBeVisible();
      await page.waitForTimeout(500); // late figures and charts
      const { scroll, client } = await pageWidth(page);
      expect(client, link).toBe(390);
      expect(scroll, `${link}: page is ${scroll} px wide`).toBeLessThanOrEqual(client);
    }
  });

  test('the heatmap fits the screen and a wide table scrolls inside its box', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('legs')).toBeVisible();
    const legs = await page
      .getByTestId('legs')
      .evaluate((t) => ({ table: t.scrollWidth, box: t.parentElement!.clientWidth }));
    expect(legs.table).toBeGreaterThan(legs.box); // wider than the phone…
    await page.getByRole('navigation').getByRole('link', { name: 'Stress' }).click();
    const map = page.getByTestId('scenario-heatmap').locator('svg').first();
    await expect(map).toBeVisible();
    const box = (await map.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});
