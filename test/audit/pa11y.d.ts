// The part of pa11y's API the audit uses (pa11y ships no types).
declare module 'pa11y' {
  import type { Browser } from 'puppeteer';

  interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    context: string;
    selector: string;
    runner: string;
    runnerExtras?: { needsFurtherReview?: boolean };
  }
  interface Pa11yOptions {
    runners?: string[];
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    timeout?: number;
    headers?: Record<string, string>;
    /** A browser to open the page in; pa11y leaves it open. */
    browser?: Browser;
    chromeLaunchConfig?: { executablePath?: string; args?: string[] };
  }
  export default function pa11y(
    url: string,
    options?: Pa11yOptions,
  ): Promise<{ documentTitle: string; pageUrl: string; issues: Pa11yIssue[] }>;
}
