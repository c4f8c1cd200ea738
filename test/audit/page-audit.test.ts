// The checkers an outsider would use, on every kind of page (audited-pages.ts),
// public and beheer, served by the real server: the W3C Nu HTML Checker
// (vnu.jar) on the HTML as served, and pa11y with both its runners
// (HTML_CodeSniffer and axe, WCAG 2.1 AA) in Chromium. Zero errors; the few
// false positives are suppressed one by one with a reason (suppressions.ts).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import pa11y from 'pa11y';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer';
import { addDays } from '../../src/core/dates/plain-date.ts';
import { amsterdamDate } from '../../src/views/amsterdam-date.ts';
import { addBeheerder, signInAsBeheerder } from '../support/beheerder.ts';
import { chromiumArgs, chromiumPath, launchChromium } from '../support/chromium.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';
import { beheerPages, publicPages } from './audited-pages.ts';
import { type Finding, isSuppressed } from './suppressions.ts';

const run = promisify(execFile);
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface AuditedPage {
  path: string;
  status: number;
  cookie?: string;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** The Nu HTML Checker on the pages' HTML exactly as served, in one Java run. */
async function vnuFindings(server: RunningServer, pages: AuditedPage[]): Promise<Finding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wkb-vnu-'));
  try {
    const files = new Map<string, string>();
    for (const [index, page] of pages.entries()) {
      const response = await fetch(`${server.url}${page.path}`, {
        headers: page.cookie ? { Cookie: page.cookie } : {},
        redirect: 'manual',
      });
      assert.equal(response.status, page.status, `${page.path} answered ${response.status}`);
      const file = join(dir, `page-${index}.html`);
      writeFileSync(file, await response.text());
      files.set(`file:${file}`, page.path);
    }
    const { stdout } = await run(
      'java',
      ['-jar', vnuJar, '--format', 'json', '--stdout', '--exit-zero-always', ...files.keys()].map(
        (argument) => argument.replace(/^file:/, ''),
      ),
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
    return messages
      .filter((message) => message.type === 'error' || message.subType === 'fatal')
      .map((message) => ({
        tool: 'vnu' as const,
        page: files.get(message.url) ?? message.url,
        rule: message.message,
        where: `line ${message.lastLine ?? '?'}: ${message.extract ?? ''}`,
        message: message.message,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * pa11y with HTML_CodeSniffer and axe in Chromium, errors only (as pa11y
 * reports by default). pa11y also lists what axe could not decide (its
 * "incomplete" results, e.g. contrast of text in a sideways-scrolling table
 * or on an SVG) as errors marked needsFurtherReview; axe itself does not call
 * those violations, and our own axe checks (test/e2e) look at the same pages.
 */
async function pa11yFindings(
  server: RunningServer,
  page: AuditedPage,
  browser: PuppeteerBrowser,
): Promise<Finding[]> {
  const result = await pa11y(`${server.url}${page.path}`, {
    browser,
    runners: ['htmlcs', 'axe'],
    standard: 'WCAG2AA',
    timeout: 60_000,
    headers: page.cookie ? { Cookie: page.cookie } : {},
  });
  return result.issues
    .filter((issue) => issue.type === 'error' && !issue.runnerExtras?.needsFurtherReview)
    .map((issue) => ({
      tool: issue.runner === 'axe' ? ('axe' as const) : ('htmlcs' as const),
      page: page.path,
      rule: issue.code,
      where: `${issue.selector} ${issue.context}`,
      message: issue.message,
    }));
}

function describeFinding(finding: Finding): string {
  return `${finding.tool} ${finding.page}: ${finding.rule} — ${finding.message} (${finding.where.slice(0, 160)})`;
}

describe('outside checkers on every kind of page', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pages: AuditedPage[] = [];

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'wkb-audit-'));
    [server, browser] = await Promise.all([startServer({ dataDir }), launchChromium()]);
    await addBeheerder(dataDir);
    context = await browser.newContext();
    page = await context.newPage();
    await signInAsBeheerder(page, server.url);
    const session = (await context.cookies()).find((cookie) => cookie.name === 'wkb_sessie');
    assert.ok(session, 'signed in');
    const cookie = `${session.name}=${session.value}`;

    // An evaluation round, for its beheer page and the public form.
    await page.goto(`${server.url}/beheer/evaluatie/nieuwe-ronde`);
    await page.fill('#titel', 'Najaar 2026');
    await page.fill('#vanaf', amsterdamDate(new Date()));
    await page.fill('#tot', addDays(amsterdamDate(new Date()), 30));
    await page.click('text=Ronde aanmaken');
    await page.waitForURL(/gedaan=aangemaakt/);
    const roundPath = new URL(page.url()).pathname;
    const publicLink = new URL(await page.inputValue('#openbare-link')).pathname;
    assert.ok(publicLink, 'the round page links to its public form');

    pages.push(
      ...publicPages.map(({ path, status }) => ({ path, status: status ?? 200 })),
      { path: publicLink, status: 200 },
      { path: '/beheer/inloggen', status: 200 },
      ...[...beheerPages, roundPath].map((path) => ({ path, status: 200, cookie })),
    );
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the Nu HTML Checker finds no errors', async () => {
    const findings = (await vnuFindings(server, pages)).filter((f) => !isSuppressed(f));
    assert.deepEqual(findings.map(describeFinding), []);
  });

  it('pa11y (HTML_CodeSniffer and axe) finds no errors', async () => {
    // pa11y drives Chromium through puppeteer: one browser for every page.
    const pa11yBrowser = await puppeteer.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
    });
    try {
      const findings: Finding[] = [];
      for (const audited of pages) {
        findings.push(...(await pa11yFindings(server, audited, pa11yBrowser)));
      }
      assert.deepEqual(findings.filter((f) => !isSuppressed(f)).map(describeFinding), []);
    } finally {
      await pa11yBrowser.close();
    }
  });
});
