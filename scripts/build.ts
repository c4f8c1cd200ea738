// Builds the browser assets into dist/: two stylesheets (the Utrecht component
// styles + our own, each with only the rules its pages can use and the design
// tokens those rules reference: site.css for the public pages, beheer.css for
// /beheer), the walk script (core + views, bundled by esbuild), the beheer
// script (character counts, sections that open) and the two embed scripts (the frame's height reporter, the partners' /embed.js). File
// names carry a content hash; dist/manifest.json maps them. Also the server
// bundle that `npm start` runs (dist/server/main.mjs).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { sourcesReachedFrom, usedCss } from './used-css.ts';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const publicDir = new URL('public/', dist);

/** Utrecht (NL Design System) components used by the pages. */
export const utrechtComponents = [
  'document',
  'page-body',
  'page-header',
  'page-footer',
  'page-content',
  'skip-link',
  'heading-1',
  'heading-2',
  'heading-3',
  'paragraph',
  'link',
  'link-list',
  'button',
  'button-link',
  'form-fieldset',
  'form-field',
  'form-label',
  'form-field-description',
  'form-field-error-message',
  'radio-button',
  'textbox',
  'alert',
  'unordered-list',
  'ordered-list',
  'data-list',
  'status-badge',
  'table',
  'textarea',
  'select',
  'checkbox',
];

function componentCss(name: string): string {
  return readFileSync(require.resolve(`@utrecht/${name}-css/dist/index.css`), 'utf8');
}

/** The token declarations of the open "voorbeeld" theme, by custom property name. */
function themeTokens(): Map<string, string> {
  const theme = readFileSync(
    require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
    'utf8',
  );
  const tokens = new Map<string, string>();
  for (const match of theme.matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm))
    tokens.set(match[1] ?? '', match[2] ?? '');
  return tokens;
}

/** Keeps only the tokens the CSS refers to, following references between tokens. */
function usedTokens(css: string, tokens: Map<string, string>, overrides: string): string {
  const used = new Set<string>();
  const pending = [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] ?? '');
  while (pending.length > 0) {
    const name = pending.pop() ?? '';
    if (used.has(name) || !tokens.has(name)) continue;
    used.add(name);
    for (const match of (tokens.get(name) ?? '').matchAll(/var\(\s*(--[\w-]+)/g))
      pending.push(match[1] ?? '');
  }
  const overridden = new Set([...overrides.matchAll(/(--[\w-]+):/g)].map((match) => match[1]));
  const declarations = [...used]
    .filter((name) => !overridden.has(name))
    .sort()
    .map((name) => `${name}: ${tokens.get(name)};`);
  return `.voorbeeld-theme {\n${declarations.join('\n')}\n}\n`;
}

function hashed(name: string, content: string): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/** Every page: what the server and the browser scripts can render. */
const allPages = [
  'src/web/main.ts',
  'src/client/walk.ts',
  'src/client/embed-frame.ts',
  'src/client/beheer.ts',
];

/**
 * The public pages: the modules that render them with `layout()` or
 * `embedLayout()`, and the browser scripts. Not /beheer, and not the
 * evaluation questionnaire (/evaluatie/…): it is built from the beheer form
 * fields and takes beheer.css. The error pages that app.ts renders use the
 * heading and paragraph of message-pages.ts.
 */
const publicPages = [
  'src/web/public/page-routes.ts',
  'src/web/public/take-along-routes.ts',
  'src/web/public/diagram-routes.ts',
  'src/web/public/embed-routes.ts',
  'src/web/body-limits.ts',
  'src/web/public/message-pages.ts',
  'src/client/walk.ts',
  'src/client/embed-frame.ts',
];

const ownCss = [
  'src/web/styles/site.css',
  'src/web/styles/take-along.css',
  'src/web/styles/diagram.css',
  'src/web/styles/embed.css',
  'src/web/beheer/beheer.css',
  'src/web/styles/charts.css',
  'src/web/beheer/evaluation/evaluation.css',
  'src/web/beheer/usage/usage.css',
];

/**
 * One stylesheet for the pages that `pages` render: the rules their markup can
 * use (scripts/used-css.ts), then the theme tokens those rules refer to.
 */
async function buildCss(pages: readonly string[]): Promise<string> {
  const own = ownCss.map((file) => readFileSync(new URL(file, root), 'utf8')).join('\n');
  const projectTokens = readFileSync(new URL('src/web/styles/project-tokens.css', root), 'utf8');
  const components = utrechtComponents.map(componentCss).join('\n');
  const rules = await usedCss(`${components}\n${own}`, await sourcesReachedFrom(root, pages));
  const tokens = usedTokens(`${rules}\n${projectTokens}`, themeTokens(), projectTokens);
  const result = await transform(`${tokens}\n${projectTokens}\n${rules}`, {
    loader: 'css',
    minify: true,
    target: ['chrome100', 'firefox100', 'safari15'],
  });
  return result.code;
}

/** The snippet partners load with a classic <script> (document.currentScript) is an IIFE. */
async function buildScript(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true,
    minify: true,
    format,
    // Every browser from 2022 on (Safari 15.4+, Chrome/Edge 94+, Firefox 93+): shorter output.
    target: ['es2022'],
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * The server as one ES module, so `npm start` needs no TypeScript compiler at
 * start-up: a faster cold start. Dependencies are bundled too (resolving
 * hundreds of small files from node_modules took a fifth of the cold start);
 * native addons stay outside, and the PDF and layout libraries are still
 * loaded on first use (src/render/lazy-libraries.ts). The banner gives
 * bundled CommonJS code a `require` for Node's built-in modules.
 * It sits two folders deep, like src/web/main.ts, so the paths its modules
 * derive from import.meta.url (dist/, content/, fonts) stay the same.
 */
async function buildServer(): Promise<void> {
  await build({
    // The PDF worker thread (src/render/pdf-workers.ts) runs a bundle of its own.
    entryPoints: {
      main: new URL('src/web/main.ts', root).pathname,
      'pdf-worker': new URL('src/render/pdf-worker.ts', root).pathname,
    },
    outdir: new URL('server/', dist).pathname,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    // Native addons stay in node_modules; everything else is bundled.
    external: ['better-sqlite3', 'pg-native', '@node-rs/argon2'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    legalComments: 'linked', // the bundled libraries' licence notices, in main.mjs.LEGAL.txt (and pdf-worker's)
    logLevel: 'warning',
  });
}

/**
 * Writes `file.br` and `file.gz` beside each asset, compressed as hard as the
 * formats go: done once here, so the static route only picks a file by the
 * request's Accept-Encoding.
 */
function precompress(file: URL, content: string): void {
  const plain = Buffer.from(content);
  const br = brotliCompressSync(plain, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength,
    },
  });
  writeFileSync(new URL(`${file.href}.br`), br);
  writeFileSync(
    new URL(`${file.href}.gz`),
    gzipSync(plain, { level: constants.Z_BEST_COMPRESSION }),
  );
}

export async function buildAssets(): Promise<Record<string, string>> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(publicDir, { recursive: true });
  const files: Record<string, string> = {
    'site.css': await buildCss(publicPages),
    'beheer.css': await buildCss(allPages),
    'walk.js': await buildScript('src/client/walk.ts', 'esm'),
    'embed-frame.js': await buildScript('src/client/embed-frame.ts', 'esm'),
    'beheer.js': await buildScript('src/client/beheer.ts', 'esm'),
    'embed.js': await buildScript('src/client/embed-snippet.ts', 'iife'),
  };
  const manifest: Record<string, string> = {};
  for (const [name, content] of Object.entries(files)) {
    manifest[name] = hashed(name, content);
    writeFileSync(new URL(manifest[name], publicDir), content);
    precompress(new URL(manifest[name], publicDir), content);
  }
  writeFileSync(new URL('manifest.json', dist), `${JSON.stringify(manifest, null, 2)}\n`);
  await buildServer();
  return manifest;
}

const manifest = await buildAssets();
console.log(`built ${Object.values(manifest).join(', ')}`);
