// The walk inside a partner's page in real Chromium. Partner pages are served
// by tiny HTTP servers on localhost (another origin than the Woonkansboom on
// 127.0.0.1): one on the allow-list (EMBED_ORIGINS), one not on it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, Frame, Page } from 'playwright-core';
import { isWalkData, launchChromium, phone } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

let server: RunningServer;
let browser: Browser;
let allowed: Server;
let refused: Server;

/** A partner page: the one-line snippet, or a plain iframe for partners without scripts. */
function partnerPage(kind: 'script' | 'iframe'): string {
  const embed =
    kind === 'script'
      ? `<script src="${server.url}/embed.js" data-boom="hulpverlening" async></script>`
      : `<iframe src="${server.url}/embed/boom/hulpverlening" title="Woonkansboom" width="100%" height="900"></iframe>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title></head>
<body><h1>Intranet van een partner</h1>${embed}<p id="na">Na de Woonkansboom</p></body></html>`;
}

function partnerServer(): Promise<Server> {
  const partner = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(partnerPage(request.url === '/iframe' ? 'iframe' : 'script'));
  });
  return new Promise((resolve) => partner.listen(0, 'localhost', () => resolve(partner)));
}

const origin = (partner: Server) => `http://localhost:${(partner.address() as AddressInfo).port}`;

before(async () => {
  [allowed, refused] = await Promise.all([partnerServer(), partnerServer()]);
  // start-server passes the environment on to the Woonkansboom it starts.
  process.env.EMBED_ORIGINS = origin(allowed);
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

after(async () => {
  delete process.env.EMBED_ORIGINS;
  await browser?.close();
  await server?.stop();
  allowed?.close();
  refused?.close();
});

async function partnerTab(javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled });
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

async function walkFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe');
  const frame = await element.contentFrame();
  assert.ok(frame, 'the iframe has a document');
  return frame;
}

/** The iframe's height on the partner page, and the height of the walk inside it. */
function heights(page: Page, frame: Frame) {
  return Promise.all([
    page.locator('iframe').evaluate((element) => element.getBoundingClientRect().height),
    frame.evaluate(() => ({
      content: document.documentElement.scrollHeight,
      window: window.innerHeight,
    })),
  ]).then(([outer, inner]) => ({ outer, ...inner }));
}

/** Waits until the frame has taken the height of its content, then returns that height. */
async function settledHeight(page: Page, frame: Frame, unlike?: number): Promise<number> {
  for (let tries = 0; tries < 100; tries++) {
    const { outer, content, window } = await heights(page, frame);
    if (Math.abs(outer - content) <= 1 && content <= window && outer !== unlike) return outer;
    await page.waitForTimeout(50);
  }
  const last = await heights(page, frame);
  assert.fail(`the frame did not fit its content: ${JSON.stringify(last)}, before ${unlike}`);
}

describe('the walk on a partner page', () => {
  it('shows the first question and grows with the next, never scrolling inside', async () => {
    const page = await partnerTab();
    const walkData = page.waitForResponse((response) => isWalkData(response.url()));
    await page.goto(`${origin(allowed)}/`);
    const frame = await walkFrame(page);
    await frame.locator('h1', { hasText: 'Is uw cliënt uit huis gezet' }).waitFor();
    assert.equal(
      await page.locator('iframe').getAttribute('title'),
      'Woonkansboom van Bureau Woonkans',
    );
    await (await walkData).finished();
    const first = await settledHeight(page, frame);

    // The walk script answers in the frame's own document: no page load.
    await frame.evaluate(() => document.body.setAttribute('data-same-document', ''));
    await frame.check('#ontruimd-ja');
    await frame.getByRole('button', { name: 'Volgende' }).click();
    await frame.locator('h1', { hasText: 'Waarom is uw cliënt ontruimd?' }).waitFor();
    assert.equal(await frame.locator('body[data-same-document]').count(), 1);
    assert.equal(
      await frame.locator('a[data-embed-full]').getAttribute('href'),
      '/boom/hulpverlening?ontruimd=ja',
    );
    const second = await settledHeight(page, frame, first);
    assert.notEqual(second, first);

    // A height message from anyone but the frame is ignored.
    await page.evaluate(() => window.postMessage({ type: 'woonkansboom:height', height: 5 }, '*'));
    await page.waitForTimeout(200);
    assert.equal(await settledHeight(page, frame), second);
    await page.screenshot({ path: 'test-results/embed-partner-390.png', fullPage: true });
    await page.context().close();
  });

  it('works in a plain iframe without JavaScript, one page per answer', async () => {
    const page = await partnerTab(false);
    await page.goto(`${origin(allowed)}/iframe`);
    const frame = await walkFrame(page);
    await frame.check('#ontruimd-ja');
    await Promise.all([
      frame.waitForURL(/\/embed\/boom\/hulpverlening\?ontruimd=ja$/),
      frame.getByRole('button', { name: 'Volgende' }).click(),
    ]);
    await frame.locator('h1', { hasText: 'Waarom is uw cliënt ontruimd?' }).waitFor();
    await page.context().close();
  });

  it('is refused by the browser on a site that is not on the allow-list', async () => {
    const page = await partnerTab();
    const violation = page.waitForEvent('console', {
      predicate: (message) => /frame-ancestors/.test(message.text()),
      timeout: 5_000,
    });
    await page.goto(`${origin(refused)}/`);
    const element = await page.waitForSelector('iframe');
    assert.match((await violation).text(), new RegExp(`frame-ancestors ${origin(allowed)}`));
    const frame = await element.contentFrame();
    const question = await frame
      ?.locator('h1', { hasText: 'Is uw cliënt uit huis gezet' })
      .count()
      .catch(() => 0);
    assert.equal(question ?? 0, 0, 'the walk must not show');
    await page.context().close();
  });
});
