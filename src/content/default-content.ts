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
