// Test helpers: read a form from a rendered page as a browser would submit
// it (hidden fields, text, selected options, checked boxes, textareas), and
// post it back with changes, signed in, from this site.
import type { Hono } from 'hono';
import type { AppEnv } from '../../src/web/auth/principal.ts';
import type { TestSession } from './test-requests.ts';

export type FormEntries = [string, string][];

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeEntities(match[1] ?? '') : undefined;
}

/** The fields of the first form whose action ends with `action`, in document order. */
export function readForm(page: string, action: string): FormEntries {
  const forms = [...page.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)].map((match) => match[0]);
  const form = forms.find((candidate) =>
    (attribute(candidate.slice(0, candidate.indexOf('>') + 1), 'action') ?? '').endsWith(action),
  );
  if (!form) throw new Error(`No form with action …${action} on the page`);
  const entries: FormEntries = [];
  for (const match of form.matchAll(
    /<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>/g,
  )) {
    const tag = match[0];
    const name = attribute(tag, 'name');
    if (!name) continue;
    if (tag.startsWith('<textarea')) entries.push([name, decodeEntities(match[1] ?? '')]);
    else if (tag.startsWith('<select')) {
      const options = [...tag.matchAll(/<option\b[^>]*>/g)].map((option) => option[0]);
      const chosen = options.find((option) => / selected\b/.test(option)) ?? options[0];
      entries.push([name, chosen ? (attribute(chosen, 'value') ?? '') : '']);
    } else {
      const type = attribute(tag, 'type') ?? 'text';
      if ((type === 'checkbox' || type === 'radio') && !/ checked\b/.test(tag)) continue;
      if (type === 'file' || type === 'submit') continue;
      entries.push([name, attribute(tag, 'value') ?? '']);
    }
  }
  return entries;
}

/** The entries with `changes` applied: a string replaces every value of that name, a list replaces them all, null removes. */
export function withChanges(
  entries: FormEntries,
  changes: Record<string, string | string[] | null>,
): FormEntries {
  const result = entries.filter(([name]) => !(name in changes));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) result.push([name, item]);
  }
  return result;
}

export function postForm(
  app: Hono<AppEnv>,
  path: string,
  session: TestSession,
  entries: FormEntries,
) {
  return app.request(path, {
    method: 'POST',
    body: new URLSearchParams(entries),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: 'http://localhost',
      'Sec-Fetch-Site': 'same-origin',
      Cookie: session.cookie,
    },
  });
}

/** Opens the page, reads its form, changes fields and posts it, as a person would. */
export async function submitPage(
  app: Hono<AppEnv>,
  session: TestSession,
  path: string,
  changes: Record<string, string | string[] | null>,
  action: string = path,
) {
  const page = await app.request(path, { headers: { Cookie: session.cookie } });
  if (page.status !== 200) throw new Error(`GET ${path}: ${page.status}`);
  const entries = withChanges(readForm(await page.text(), action), changes);
  return postForm(app, action, session, entries);
}
