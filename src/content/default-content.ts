// Reads the default trees shipped in content/trees (YAML) at start-up.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { composeTree, type SharedRules, sharedRulesSchema } from '../core/tree/shared-rules.ts';
import { type Tree, treeSchema } from '../core/tree/tree.ts';

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
/** The shared rules and contacts (SPEC §11) that every tree is composed with. */
export const sharedRulesFile = join(contentDir, 'shared-rules.yaml');

/**
 * The shared rules file for a tree file: `shared-rules.yaml` in the folder
 * above the tree's (content/trees → content), else none.
 */
export function sharedRulesFileFor(treeFile: string): string | undefined {
  const candidate = join(dirname(dirname(treeFile)), 'shared-rules.yaml');
  return existsSync(candidate) ? candidate : undefined;
}

/** Parses a shared rules file; the content ships validated, so a bad file is a build error. */
export function loadSharedRules(file: string = sharedRulesFile): SharedRules {
  return sharedRulesSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** Parses a default tree, composed with the shared rules beside it. */
export function loadTreeFile(file: string): Tree {
  const tree = treeSchema.parse(parse(readFileSync(file, 'utf8')));
  const sharedFile = sharedRulesFileFor(file);
  return sharedFile ? composeTree(tree, loadSharedRules(sharedFile)) : tree;
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
    // Stored whole: a version holds the shared items it was published with.
    const tree = loadTreeFile(file);
    const scenarios = parse(
      readFileSync(file.replace(/\.yaml$/, '.scenarios.yaml'), 'utf8'),
    ) as unknown;
    return { treeId: tree.id, content: { tree, scenarios } };
  });
}
