import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESIGN_SITE, OUTPUT_ROOT } from '../helpers/build';
import { useServedSite } from '../helpers/served-site';
import { BuiltSite } from '../helpers/site';
import { settle } from '../browser/design-measure';
import { pageKinds } from '../browser/page-kinds';

/**
 * Screenshots of every kind of page, at phone and desktop width, light and dark, for a person to
 * look at: written to test/.output/screenshots/ (kept by CI as build artefacts, never committed).
 * The design fixture is used because it has pictures and a portrait.
 */
export const SCREENSHOTS = path.join(OUTPUT_ROOT, 'screenshots');
const design = useServedSite(DESIGN_SITE);
const kinds = pageKinds(new BuiltSite(DESIGN_SITE));

/** Width and height of a PNG, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('screenshots of every kind of page', () => {
  const cases = kinds.flatMap((k) => [390, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ ...k, width, scheme }))));

  it.each(cases)('$kind at $width px, $scheme', async ({ kind, url, width, scheme }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page, context } = await design.browser.open(undefined, { viewport: { width, height: width < 800 ? 844 : 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(design.server.origin + url, { waitUntil: 'load' });
    await settle(page);
    const name = `${kind.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}-${width}-${scheme}.png`;
    const file = path.join(SCREENSHOTS, name);
    await page.screenshot({ path: file, fullPage: true });
    const size = pngSize(file);
    expect(size.width).toBe(width);
    expect(size.height).toBeGreaterThanOrEqual(width < 800 ? 844 : 900);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('the open menu on a phone, %s', async (scheme) => {
    const { page, context } = await design.browser.open(undefined, { viewport: { width: 390, height: 844 }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(`${design.server.origin}/sr-cyrl/clanci/jedan-dan-na-drini/`, { waitUntil: 'load' });
    await settle(page);
    await page.locator('.menu > summary').click();
    const file = path.join(SCREENSHOTS, `menu-open-390-${scheme}.png`);
    await page.screenshot({ path: file });
    expect(pngSize(file)).toEqual({ width: 390, height: 844 });
    await context.close();
  });
});
