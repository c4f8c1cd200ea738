// Debian's Chromium, driven by playwright-core (`npx playwright install` cannot
// work here), plus the few page helpers the browser tests and the benchmark share.
import assert from 'node:assert/strict';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { type RunningServer, startServer } from './start-server.ts';

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without the network flags, Chromium's own connections are refused here, many at a time. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
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

/** A request for walk data, also composed with a shared-rules version (`…/walk-data?gedeeld=2`). */
export const isWalkData = (url: string): boolean => /\/walk-data(\?gedeeld=\d+)?$/.test(url);

/**
 * Loads a walk page and waits until the walk script has fetched the walk data
 * and gone quiet, so that from here on answers are handled in the browser.
 */
export async function openEnhancedWalk(page: Page, url: string): Promise<string> {
  const walkData = page.waitForResponse((response) => isWalkData(response.url()));
  await page.goto(url);
  const response = await walkData;
  await response.finished();
  await page.waitForLoadState('networkidle');
  return response.url();
}

/** Counts the requests that would mean a round trip per answer: page loads and fetches. */
export function countRoundTrips(page: Page): {
  urls: string[];
  /** The same requests; `redirect` marks a hop the server's redirect caused (not a new navigation). */
  requests: { kind: string; url: string; redirect: boolean }[];
} {
  const counter = {
    urls: [] as string[],
    requests: [] as { kind: string; url: string; redirect: boolean }[],
  };
  page.on('request', (request) => {
    if (['document', 'fetch', 'xhr'].includes(request.resourceType())) {
      counter.urls.push(`${request.resourceType()} ${request.url()}`);
      counter.requests.push({
        kind: request.resourceType(),
        url: request.url(),
        redirect: request.redirectedFrom() !== null,
      });
    }
  });
  return counter;
}

/**
 * Reaching an outcome is one normal page load (the walk script shows questions
 * only; the server renders outcomes): exactly one document navigation — the
 * form's GET, at most one server redirect, ending at the outcome's URL — and
 * nothing else but the outcome page's own walk script reading the same
 * (immutable, cacheable) walk data as the first page. Call after the load
 * has gone quiet; `roundTrips` must have been empty before the last answer.
 */
export async function assertOneOutcomeLoad(
  page: Page,
  roundTrips: ReturnType<typeof countRoundTrips>,
  walkDataUrl: string,
): Promise<void> {
  await page.waitForLoadState('networkidle');
  const documents = roundTrips.requests.filter((request) => request.kind === 'document');
  const where = roundTrips.urls.join('\n');
  assert.equal(
    documents.filter((request) => !request.redirect).length,
    1,
    `exactly one document navigation for the outcome:\n${where}`,
  );
  assert.ok(documents.length <= 2, `at most one redirect:\n${where}`);
  assert.equal(documents.at(-1)?.url, page.url(), 'the navigation ends at the outcome URL');
  assert.deepEqual(
    roundTrips.requests.filter((request) => request.kind !== 'document').map((r) => r.url),
    [walkDataUrl],
    'besides the page load only its walk script reading the same walk data',
  );
}

/** A fresh phone-sized context (unless `options` say otherwise) for one use, closed after it. */
export async function withPage(
  browser: Browser,
  options: BrowserContextOptions,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: phone, ...options });
  context.setDefaultTimeout(15_000);
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}
