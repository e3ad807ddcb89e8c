// Loads the page once and saves a screenshot: node test/shot.mjs URL OUT.png
import { chromium } from 'playwright-core';
const [url, out] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => console.log('page:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await page.waitForFunction(() => window.procgen && window.procgen.stats().caughtUp && window.procgen.stats().loaded > 50 && window.procgen.stats().pending === 0, null, { timeout: 120000 }).catch((e) => console.log('wait:', e.message));
console.log(JSON.stringify(await page.evaluate(() => window.procgen.stats())));
await page.screenshot({ path: out });
await browser.close();
