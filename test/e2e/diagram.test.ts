// The tree as a picture in real Chromium: legible at A4 landscape and at phone
// width (screenshots in test-results/ to look at), question boxes that start
// the walk there, print sizes from the print stylesheet, and axe-core.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { loadDefaultTrees } from '../../src/content/default-content.ts';
import { launchChromium, phone } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const a4Landscape = { width: 1123, height: 794 };
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const trees = loadDefaultTrees();

let server: RunningServer;
let browser: Browser;

before(async () => {
  mkdirSync('test-results', { recursive: true });
  [server, browser] = await Promise.all([startServer(), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(viewport: { width: number; height: number }, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${path}`);
  assert.equal(response?.status(), 200, path);
  return page;
}

/** Rendered pixels per SVG unit: the diagram's text is 14 units high. */
function diagramScale(page: Page): Promise<number> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.wkb-diagram__svg');
    if (!(svg instanceof SVGSVGElement)) return 0;
    return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  });
}

describe('the diagram page', () => {
  for (const tree of trees) {
    it(`shows every node of ${tree.id} legibly at A4 landscape size`, async () => {
      const page = await open(a4Landscape, `/boom/${tree.id}/overzicht`);
      for (const id of [...tree.nodes, ...tree.outcomes].map((node) => node.id)) {
        assert.equal(await page.locator(`svg #node-${id}`).count(), 1, `box of ${id}`);
      }
      const scale = await diagramScale(page);
      assert.ok(scale * 14 >= 11, `text is ${(scale * 14).toFixed(1)} px high`);
      await page.screenshot({ path: `test-results/diagram-${tree.id}-a4.png`, fullPage: true });
      await page.context().close();
    });
  }

  it('keeps the text at full size at phone width, scrolling the picture and not the page', async () => {
    const page = await open(phone, '/boom/hulpverlening/overzicht');
    assert.equal(await diagramScale(page), 1);
    const widths = await page.evaluate(() => {
      const box = document.querySelector('.wkb-diagram__scroll');
      return {
        page: document.documentElement.scrollWidth,
        box: box?.scrollWidth ?? 0,
        boxVisible: box?.clientWidth ?? 0,
      };
    });
    assert.ok(widths.page <= phone.width, `page is ${widths.page} px wide`);
    assert.ok(widths.box > widths.boxVisible, 'the picture scrolls inside its box');
    // The start question is the first thing to read: scroll it into view as a reader would.
    await page.locator('#node-ontruimd').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/diagram-hulpverlening-phone.png' });
    await page.locator('.wkb-diagram').screenshot({
      path: 'test-results/diagram-hulpverlening-phone-picture.png',
    });
    await page.context().close();
  });

  it('starts the walk at a question when its box is clicked', async () => {
    const page = await open(a4Landscape, '/boom/hulpverlening/overzicht');
    await page.locator('#node-huurschuld').click();
    await page.waitForURL((url) => url.searchParams.get('start') === 'huurschuld');
    assert.match(
      (await page.locator('h1').textContent()) ?? '',
      /Heeft uw cliënt nog een schuld bij de woningcorporatie/,
    );
    await page.context().close();
  });

  it("prints on A4 landscape, and on A3 in the picture's orientation when the poster is chosen", async () => {
    // A4 landscape is 842 × 595 pt, A3 842 × 1191 pt (Chromium rounds a little). The A3
    // poster follows the picture: the page names it ("A3 staand" or "A3 liggend").
    const choice = await open(a4Landscape, '/boom/hulpverlening/overzicht');
    const a3Label =
      (await choice.getByRole('link', { name: /^A3 (staand|liggend)/ }).textContent()) ?? '';
    await choice.context().close();
    const a3: readonly [number, number] = a3Label.startsWith('A3 staand')
      ? [842, 1191]
      : [1191, 842];
    for (const [query, size] of [
      ['', [842, 595]],
      ['?formaat=a3', a3],
    ] as const) {
      const page = await open(a4Landscape, `/boom/hulpverlening/overzicht${query}`);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const file = `test-results/diagram-print${query ? '-a3' : '-a4'}.pdf`;
      writeFileSync(file, pdf);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const [, width, height] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/) ?? [];
      assert.ok(Math.abs(Number(width) - size[0]) < 2, info);
      assert.ok(Math.abs(Number(height) - size[1]) < 2, info);
      // The whole picture is on the first sheet, the text version follows.
      const first = execFileSync('pdftotext', ['-l', '1', file, '-'], { encoding: 'utf8' });
      assert.match(first.replace(/\s+/g, ' '), /Is uw cliënt uit huis gezet .*Uitkomst: Past/);
      await page.context().close();
    }
  });

  it('has no WCAG 2.1 AA violations (axe-core)', async () => {
    const page = await open(a4Landscape, '/boom/hulpverlening/overzicht');
    const { violations } = await new AxeBuilder({ page, axeSource })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    assert.deepEqual(
      violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.html ?? ''}`),
      [],
    );
    await page.context().close();
  });
});
