// axe-core WCAG 2.1 AA on every kind of page, at phone size, with all
// "Waarom vragen we dit?"-style <details> opened so hidden text is checked too;
// no horizontal scrolling at 320 px (WCAG 1.4.10 Reflow) nor at 200% zoom
// (screenshots kept in test-results/zoom-200/), and a visible keyboard focus.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openEnhancedWalk, phone, startServerAndChromium } from '../support/chromium.ts';
import type { RunningServer } from '../support/start-server.ts';

const peildatum = '2026-11-27';
const walk = (tree: string, answers = '') => `/boom/${tree}?peildatum=${peildatum}${answers}`;
const evicted = '&ontruimd=ja&reden=beide&datum_ontruiming=2022-03-15&huurschuld=ja&regeling=ja';

interface CheckedPage {
  name: string;
  path: string;
  status: number;
  /** The verdict an outcome page must show, so a changed tree cannot silently skip a verdict. */
  verdict?: string;
}

const checkedPages: CheckedPage[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'first question of hulpverlening', path: walk('hulpverlening'), status: 200 },
  { name: 'first question of corporaties', path: walk('corporaties'), status: 200 },
  {
    name: 'question with an error',
    path: walk('hulpverlening', '&vraag=ontruimd'),
    status: 422,
  },
  { name: 'date question', path: walk('hulpverlening', '&ontruimd=ja&reden=beide'), status: 200 },
  {
    name: 'date question with an error',
    path: walk(
      'hulpverlening',
      '&ontruimd=ja&reden=beide&vraag=datum_ontruiming&datum_ontruiming=2027-01-01',
    ),
    status: 422,
  },
  {
    name: 'outcome tweedekans (past)',
    path: walk('hulpverlening', `${evicted}&datum_regeling=2026-05-01&bewind=nee&hulpverlening=ja`),
    status: 200,
    verdict: 'past',
  },
  {
    name: 'outcome nog-niet (past nog niet)',
    path: walk('hulpverlening', `${evicted}&datum_regeling=2026-09-01&bewind=nee`),
    status: 200,
    verdict: 'past-nog-niet',
  },
  {
    name: 'outcome termijn-verlopen (past niet)',
    path: walk('hulpverlening', '&ontruimd=ja&reden=beide&datum_ontruiming=2020-01-01'),
    status: 200,
    verdict: 'past-niet',
  },
  {
    name: 'outcome maatwerk (maatwerk)',
    path: walk('hulpverlening', '&ontruimd=ja&reden=anders'),
    status: 200,
    verdict: 'maatwerk',
  },
  {
    name: 'outcome zittende-huurders (past)',
    path: walk(
      'corporaties',
      '&al_ontruimd=nee&woning_corporatie=ja&woonproblemen=overlast&dreigt_uitzetting=ja&zelf_opgelost=nee',
    ),
    status: 200,
    verdict: 'past',
  },
  { name: 'trajectory list', path: '/trajecten', status: 200 },
  { name: 'trajectory tweedekansbeleid', path: '/trajecten/tweedekansbeleid', status: 200 },
  { name: 'privacy', path: '/privacy', status: 200 },
  { name: 'accessibility statement', path: '/toegankelijkheid', status: 200 },
  { name: 'contact', path: '/contact', status: 200 },
  { name: 'API documentation', path: '/api', status: 200 },
  { name: 'not found', path: '/bestaat-niet', status: 404 },
];

let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ server, browser } = await startServerAndChromium());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(viewport = phone): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

function openAllDetails(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

function readable(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) =>
          `  - ${node.target.join(' ')}\n    ${node.html}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
      );
      return `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

async function assertNoViolations(page: Page, name: string): Promise<void> {
  await openAllDetails(page);
  const violations = await axeViolations(page);
  assert.equal(
    violations.length,
    0,
    `${violations.length} WCAG 2.1 AA violation(s) on ${name} (${page.url()}):\n\n${readable(violations)}`,
  );
}

describe('WCAG 2.1 AA (axe-core) at 390 px', () => {
  let page: Page;
  before(async () => {
    page = await newPage();
  });
  after(() => page.context().close());

  for (const checked of checkedPages) {
    it(`has no violations on the ${checked.name} page`, async () => {
      const response = await page.goto(`${server.url}${checked.path}`);
      assert.equal(response?.status(), checked.status, `status of ${checked.path}`);
      if (checked.verdict)
        assert.equal(await page.locator(`.wkb-outcome--${checked.verdict}`).count(), 1);
      await assertNoViolations(page, checked.name);
    });
  }

  it('has no violations after a step rendered in the browser', async () => {
    await openEnhancedWalk(page, `${server.url}${walk('hulpverlening')}`);
    await page.check('#ontruimd-ja');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.waitForURL((url) => url.searchParams.get('ontruimd') === 'ja');
    await page.locator('#reden-beide').waitFor();
    await assertNoViolations(page, 'the reden question rendered by the walk script');
  });

  it('has no violations after an error rendered in the browser', async () => {
    await openEnhancedWalk(
      page,
      `${server.url}${walk('hulpverlening', '&ontruimd=ja&reden=beide')}`,
    );
    await page.fill('#datum_ontruiming', '2027-01-01');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('#foutmelding').waitFor();
    await assertNoViolations(page, 'the date error rendered by the walk script');
  });
});

async function assertNoSidewaysScroll(page: Page, path: string): Promise<void> {
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    // The innermost elements that stick out name the cause best. (No named
    // functions in here: tsx would wrap them in a __name helper the page lacks.)
    const culprits = [...document.body.querySelectorAll('*')]
      .filter(
        (element) =>
          element.getBoundingClientRect().right > clientWidth &&
          ![...element.children].some((child) => child.getBoundingClientRect().right > clientWidth),
      )
      .slice(0, 3)
      .map((element) => element.outerHTML.slice(0, 160));
    return { scrollWidth, clientWidth, culprits };
  });
  assert.ok(
    scrollWidth <= clientWidth,
    `${path} is ${scrollWidth} px wide in a ${clientWidth} px window; sticking out:\n${culprits.join('\n')}`,
  );
}

describe('reflow at 320 px', () => {
  let page: Page;
  before(async () => {
    page = await newPage({ width: 320, height: 640 });
  });
  after(() => page.context().close());

  for (const checked of checkedPages) {
    it(`does not scroll sideways on the ${checked.name} page`, async () => {
      await page.goto(`${server.url}${checked.path}`);
      await openAllDetails(page);
      await assertNoSidewaysScroll(page, checked.path);
    });
  }
});

describe('200% zoom of a 1280 × 800 window', () => {
  const folder = 'test-results/zoom-200';
  let page: Page;
  before(async () => {
    mkdirSync(folder, { recursive: true });
    // Zooming to 200% halves the CSS viewport and doubles the device pixels.
    const context = await browser.newContext({
      viewport: { width: 640, height: 400 },
      deviceScaleFactor: 2,
    });
    page = await context.newPage();
  });
  after(() => page.context().close());

  for (const checked of checkedPages) {
    it(`does not scroll sideways on the ${checked.name} page (screenshot kept)`, async () => {
      await page.goto(`${server.url}${checked.path}`);
      await openAllDetails(page);
      const slug = checked.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await page.screenshot({ path: `${folder}/${slug}.png`, fullPage: true });
      await assertNoSidewaysScroll(page, checked.path);
    });
  }
});

describe('a visible keyboard focus', () => {
  for (const checked of checkedPages.filter((candidate) => candidate.status === 200).slice(0, 8)) {
    it(`shows where the focus is on every element Tab reaches on the ${checked.name} page`, async () => {
      const page = await newPage();
      try {
        await page.goto(`${server.url}${checked.path}`);
        const seen = new Set<string>();
        for (let presses = 0; presses < 40; presses++) {
          await page.keyboard.press('Tab');
          const focused = await page.evaluate(() => {
            const element = document.activeElement;
            if (!element || element === document.body) return undefined;
            const style = getComputedStyle(element);
            const outlined =
              style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
            const ringed = style.boxShadow !== 'none';
            return {
              what: `${element.tagName.toLowerCase()}#${element.id}.${element.className} ${element.textContent?.trim().slice(0, 40) ?? ''}`,
              visible: outlined || ringed,
              key: element.outerHTML.slice(0, 200),
            };
          });
          if (!focused || seen.has(focused.key)) break;
          seen.add(focused.key);
          assert.ok(focused.visible, `no visible focus on ${focused.what} (${checked.path})`);
        }
        assert.ok(seen.size >= 3, `Tab reached only ${seen.size} elements on ${checked.path}`);
      } finally {
        await page.context().close();
      }
    });
  }
});
