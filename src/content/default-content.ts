// Reads the default trees shipped in content/trees (YAML) at start-up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type Tree, treeSchema } from '../core/tree.ts';

export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
export const treesDir = join(contentDir, 'trees');

/** The tree files in the content folder, in a stable order (not the scenario files). */
export function defaultTreeFiles(dir: string = treesDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.endsWith('.scenarios.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

/** Parses a default tree; the content ships validated, so a bad file is a build error. */
export function loadTreeFile(file: string): Tree {
  return treeSchema.parse(parse(readFileSync(file, 'utf8')));
}

export function loadDefaultTrees(dir: string = treesDir): Tree[] {
  return defaultTreeFiles(dir).map(loadTreeFile);
}

/**
 * The default content as stored in a new store: each tree with its scenario
 * file, as plain JSON values (they become version 1 at first start).
 */
export function defaultTreeContents(
  dir: string = treesDir,
): { treeId: string; content: { tree: unknown; scenarios: unknown } }[] {
  return defaultTreeFiles(dir).map((file) => {
    const tree = parse(readFileSync(file, 'utf8')) as { id: string };
    const scenarios = parse(
      readFileSync(file.replace(/\.yaml$/, '.scenarios.yaml'), 'utf8'),
    ) as unknown;
    return { treeId: tree.id, content: { tree, scenarios } };
  });
}
