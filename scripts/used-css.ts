// Drops the CSS rules whose selectors name a class, element or attribute that
// no page can render, so that a page downloads (almost) only rules it uses
//. The markup is written in TypeScript (src/views, src/web,
// src/render, src/client), so the "content" PurgeCSS reads is that source:
// every word in it counts as a class, tag or attribute that may occur.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PurgeCSS } from 'purgecss';

const word = /[A-Za-z0-9_-]+/g;

/**
 * Class names put together in a template literal (`wkb-outcome--tone-${badge.tone}`,
 * `utrecht-button-link--${kind}-action`) occur in no source as a whole word:
 * each becomes a pattern (`^wkb-outcome--tone-[\w-]+$`) that keeps every rule
 * naming such a class. Only literal parts with a hyphen count, as class names
 * in our markup and Utrecht's have one.
 */
export function dynamicClassPatterns(source: string): RegExp[] {
  const patterns = new Map<string, RegExp>();
  for (const match of source.matchAll(/([a-z][A-Za-z0-9_]*-[A-Za-z0-9_-]*)\$\{/g)) {
    let end = (match.index ?? 0) + match[0].length;
    for (let depth = 1; depth > 0 && end < source.length; end++) {
      if (source[end] === '{') depth++;
      else if (source[end] === '}') depth--;
    }
    const suffix = /^[A-Za-z0-9_-]*/.exec(source.slice(end))?.[0] ?? '';
    const pattern = `^${match[1]}[A-Za-z0-9_-]+${suffix}$`;
    patterns.set(pattern, new RegExp(pattern));
  }
  return [...patterns.values()];
}

/**
 * The project's source files that the given modules (paths from `root`)
 * import, directly or not, as absolute paths: the markup a set of pages can
 * render. esbuild follows the imports; packages are not read.
 */
export async function sourcesReachedFrom(root: URL, entries: readonly string[]): Promise<string[]> {
  const result = await build({
    absWorkingDir: fileURLToPath(root),
    entryPoints: [...entries],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    splitting: true,
    outdir: 'unused',
    logLevel: 'error',
  });
  return Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .map((file) => fileURLToPath(new URL(file, root)));
}

/** `css` without the rules that nothing in `sourceFiles` can match. */
export async function usedCss(css: string, sourceFiles: readonly string[]): Promise<string> {
  const source = sourceFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
  const [purged] = await new PurgeCSS().purge({
    content: [{ raw: source, extension: 'ts' }],
    css: [{ raw: css }],
    defaultExtractor: (content) => content.match(word) ?? [],
    safelist: { standard: dynamicClassPatterns(source) },
    // An attribute's value in the markup is often no word of the source
    // (`.wkb-embed .wkb-back[href="/"]`) or set at run time: attribute
    // selectors never remove a rule, its classes and elements decide.
    dynamicAttributes: [
      ...new Set([...css.matchAll(/\[\s*([\w-]+)/g)].map((match) => match[1] ?? '')),
    ],
  });
  return purged?.css ?? '';
}
