// Where to go after signing in (`?terug=`): only a path on this site, so the
// sign-in page cannot be used to send someone to another site (open redirect).

const base = 'http://woonkansboom.invalid';

export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  // Backslashes and control characters are read as slashes or dropped by browsers.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return undefined;
  const url = new URL(value, base);
  if (url.origin !== base) return undefined;
  return `${url.pathname}${url.search}`;
}
