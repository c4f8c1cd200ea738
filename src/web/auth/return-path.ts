// Where to go after signing in (`?terug=`): only a page of the beheer on this
// site, so the sign-in page cannot send someone to another site (open redirect).
// The check runs on the path as a browser will read it (dot segments resolved,
// percent-encoded dots decoded), never on the raw value: `/.//evil.example`
// looks like a path but resolves to `//evil.example`, another host.

const base = 'http://woonkansboom.invalid';
const area = '/beheer';

export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  if (!value.startsWith('/')) return undefined;
  // Browsers read backslashes as slashes and drop tabs and newlines: refuse them.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  if (!URL.canParse(value, base)) return undefined;
  const url = new URL(value, base);
  if (url.origin !== base) return undefined;
  const path = url.pathname;
  if (path !== area && !path.startsWith(`${area}/`)) return undefined;
  // An encoded slash or backslash could still turn into `//` further on.
  if (/%(2f|5c)/i.test(path) || path.includes('//')) return undefined;
  return `${path}${url.search}`;
}
