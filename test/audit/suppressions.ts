// Findings of the outside checkers that are not problems of the page, each
// with the reason. A suppression names one rule (and, where it can, one
// place); a finding it does not match still fails the audit.

export interface Suppression {
  tool: 'vnu' | 'axe' | 'htmlcs';
  /** The checker's rule code (pa11y) or message (vnu). */
  rule: RegExp;
  /** Only on these pages; every page when left out. */
  page?: RegExp;
  /** Only where the element's selector or extract matches. */
  where?: RegExp;
  reason: string;
}

export const suppressions: readonly Suppression[] = [
  {
    tool: 'htmlcs',
    rule: /1_3_5\.H98$/,
    page: /^\/beheer\/inloggen$/,
    where: /id="email"/,
    reason:
      'The sign-in e-mail field is type="email" with autocomplete="username", so password managers pair it with the password. HTML allows this since whatwg/html#5881 (2020); axe and the Nu checker accept it, HTML_CodeSniffer still has the old rule.',
  },
];

export interface Finding {
  tool: Suppression['tool'];
  page: string;
  rule: string;
  where: string;
  message: string;
}

export function isSuppressed(finding: Finding): boolean {
  return suppressions.some(
    (suppression) =>
      suppression.tool === finding.tool &&
      suppression.rule.test(finding.rule) &&
      (suppression.page?.test(finding.page) ?? true) &&
      (suppression.where?.test(finding.where) ?? true),
  );
}
