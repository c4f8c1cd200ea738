// Debian's Chromium, driven by playwright-core (`npx playwright install` cannot
// work here), plus the few page helpers the browser tests and the benchmark share.
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningServer, startServer } from './start-server.ts';

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Both at once for a test file; if one fails to start, the other is stopped again. */
export async function startServerAndChromium(): Promise<{
  server: RunningServer;
  browser: Browser;
}> {
  const [server, browser] = await Promise.allSettled([startServer(), launchChromium()]);
  if (server.status === 'fulfilled' && browser.status === 'fulfilled')
    return { server: server.value, browser: browser.value };
  if (server.status === 'fulfilled') await server.value.stop();
  if (browser.status === 'fulfilled') await browser.value.close();
  throw server.status === 'rejected' ? server.reason : (browser as PromiseRejectedResult).reason;
}

/**
 * Loads a walk page and waits until the walk script has fetched the walk data
 * and gone quiet, so that from here on answers are handled in the browser.
 */
export async function openEnhancedWalk(page: Page, url: string): Promise<void> {
  const walkData = page.waitForResponse((response) => response.url().endsWith('/walk-data'));
  await page.goto(url);
  await (await walkData).finished();
  await page.waitForLoadState('networkidle');
}

/** Counts the requests that would mean a round trip per answer: page loads and fetches. */
export function countRoundTrips(page: Page): { urls: string[] } {
  const counter = { urls: [] as string[] };
  page.on('request', (request) => {
    if (['document', 'fetch', 'xhr'].includes(request.resourceType()))
      counter.urls.push(`${request.resourceType()} ${request.url()}`);
  });
  return counter;
}
