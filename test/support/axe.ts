// axe-core (WCAG 2.1 AA) for the browser tests: the project's own axe-core
// (package.json), not the copy bundled in @axe-core/playwright, and violations
// as one readable line each ("where: rule at selectors"), so a failing
// assertion says what to fix.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The WCAG 2.1 AA violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  return (await new AxeBuilder({ page, axeSource }).withTags(wcag21aa).analyze()).violations;
}

/** The same, one line per rule: `${where}: ${rule} at ${selectors}`. */
export async function axeViolationLines(page: Page, where: string = page.url()): Promise<string[]> {
  return (await axeViolations(page)).map(
    (violation) =>
      `${where}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
