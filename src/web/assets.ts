// The built browser assets (scripts/build.ts): hashed file names from the manifest.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface Assets {
  /** The stylesheet of the public pages: only the rules they can use. */
  css: string;
  /** The stylesheet of /beheer and of the forms built from its fields (a superset of `css`). */
  beheerCss: string;
  walkScript: string;
  /** Character counts and opening sections on beheer pages and the questionnaire (src/client/beheer.ts). */
  beheerScript?: string;
  /** The embedded walk's height reporter (src/client/embed-frame.ts). */
  embedScript?: string;
  /** The source of /embed.js, the partners' snippet (src/client/embed-snippet.ts). */
  embedSnippet?: string;
  /** A region's look, read on every page (it may change while the server runs); the default look when absent. */
  look?: () => PageLook;
}

/** What the page shell shows of a region. */
export interface PageLook {
  /** Beside "Woonkansboom" in the header, e.g. "Bureau Woonkans Groningen" or "Regio Westerkwartier". */
  owner: string;
  /** The region's theme stylesheet (`/thema.css?v=…`), loaded after the site's. */
  themeHref?: string;
  /** The region's logo (`/logo.png?v=…`) before the name in the header. */
  logo?: { href: string; alt: string };
}

export function loadAssets(): Assets {
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(readFileSync(`${distDir}manifest.json`, 'utf8'));
  } catch {
    throw new Error('The browser assets are not built: run `npm run build` first.');
  }
  const css = manifest['site.css'];
  const beheerCss = manifest['beheer.css'];
  const walkScript = manifest['walk.js'];
  if (!css || !beheerCss || !walkScript)
    throw new Error('dist/manifest.json is incomplete: run `npm run build`.');
  const embedScript = manifest['embed-frame.js'];
  const beheerScript = manifest['beheer.js'];
  const embedSnippet = manifest['embed.js'];
  return {
    css: `/static/${css}`,
    beheerCss: `/static/${beheerCss}`,
    walkScript: `/static/${walkScript}`,
    ...(embedScript ? { embedScript: `/static/${embedScript}` } : {}),
    ...(beheerScript ? { beheerScript: `/static/${beheerScript}` } : {}),
    ...(embedSnippet
      ? { embedSnippet: readFileSync(`${distDir}public/${embedSnippet}`, 'utf8') }
      : {}),
  };
}
