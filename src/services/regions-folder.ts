// A region as a folder of data (content/regions/<regio>/): `region.yaml`
// (the definition), `trees/<id>.yaml` with `<id>.scenarios.yaml` beside each,
// and optionally `shared-rules.yaml` and `logo.png`. Read here into what a new region's
// store gets as drafts; a file that cannot be read is a Dutch problem naming
// the file, never an exception.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Problem } from '../core/problem.ts';
import { readableIssues } from '../core/tree/readable-issues.ts';
import {
  composeTree,
  type SharedRules,
  sharedRulesId,
  sharedRulesSchema,
} from '../core/tree/shared-rules.ts';
import { treeSchema } from '../core/tree/tree.ts';
import type { TreeContent } from '../store/store.ts';

export const regionFolderFiles = {
  definition: 'region.yaml',
  /** The header logo (PNG), optional; its words are `theme.logo.alt` in region.yaml. */
  logo: 'logo.png',
  trees: 'trees',
  sharedRules: 'shared-rules.yaml',
} as const;

export interface RegionFolder {
  /** The definition as written (the region service validates it). */
  definition: unknown;
  trees: { treeId: string; content: TreeContent }[];
  sharedRules?: SharedRules;
}

type FolderProblem = Problem<'map-onleesbaar' | 'boom-ongeldig' | 'boom-dubbel'>;

function readYaml(file: string, shown: string): { value: unknown } | { problem: FolderProblem } {
  try {
    return { value: parse(readFileSync(file, 'utf8')) as unknown };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'bestaat niet'
        : (error as Error).message;
    return {
      problem: {
        path: shown,
        code: 'map-onleesbaar',
        message: `${shown} is niet te lezen: ${reason}`,
      },
    };
  }
}

/** Puts `logo.png`, when the folder has one, into the definition's theme as base64. */
export function withLogoFile(definition: unknown, file: string): void {
  if (!existsSync(file)) return;
  const theme = (definition as { theme?: { logo?: { alt?: unknown } } } | null)?.theme;
  if (!theme || typeof theme !== 'object') return;
  theme.logo = { ...theme.logo, png: readFileSync(file).toString('base64') } as typeof theme.logo;
}

/** Reads a region folder; every problem names the file it is in. */
export function readRegionFolder(
  folder: string,
): { folder: RegionFolder } | { problems: FolderProblem[] } {
  const problems: FolderProblem[] = [];
  const definition = readYaml(
    join(folder, regionFolderFiles.definition),
    regionFolderFiles.definition,
  );
  if ('problem' in definition) problems.push(definition.problem);
  else withLogoFile(definition.value, join(folder, regionFolderFiles.logo));

  let sharedRules: SharedRules | undefined;
  const sharedFile = join(folder, regionFolderFiles.sharedRules);
  if (existsSync(sharedFile)) {
    const read = readYaml(sharedFile, regionFolderFiles.sharedRules);
    if ('problem' in read) problems.push(read.problem);
    else {
      const parsed = sharedRulesSchema.safeParse(read.value ?? {});
      if (parsed.success) sharedRules = parsed.data;
      else
        for (const issue of readableIssues(parsed.error.issues, read.value))
          problems.push({
            path: `${regionFolderFiles.sharedRules}:${issue.path}`,
            code: 'boom-ongeldig',
            message: `${regionFolderFiles.sharedRules}, ${issue.path || 'bovenaan'}: ${issue.message}`,
          });
    }
  }

  const trees: RegionFolder['trees'] = [];
  const treeDir = join(folder, regionFolderFiles.trees);
  const names = existsSync(treeDir)
    ? readdirSync(treeDir)
        .filter((name) => name.endsWith('.yaml') && !name.endsWith('.scenarios.yaml'))
        .sort()
    : [];
  for (const name of names) {
    const shown = `${regionFolderFiles.trees}/${name}`;
    const read = readYaml(join(treeDir, name), shown);
    const scenarioName = name.replace(/\.yaml$/, '.scenarios.yaml');
    const scenarios = readYaml(
      join(treeDir, scenarioName),
      `${regionFolderFiles.trees}/${scenarioName}`,
    );
    if ('problem' in read) problems.push(read.problem);
    if ('problem' in scenarios) problems.push(scenarios.problem);
    if ('problem' in read || 'problem' in scenarios) continue;
    const tree = treeSchema.safeParse(read.value);
    if (!tree.success) {
      for (const issue of readableIssues(tree.error.issues, read.value))
        problems.push({
          path: `${shown}:${issue.path}`,
          code: 'boom-ongeldig',
          message: `${shown}, ${issue.path || 'bovenaan'}: ${issue.message}`,
        });
      continue;
    }
    const treeId = tree.data.id;
    if (treeId === sharedRulesId || trees.some((other) => other.treeId === treeId)) {
      problems.push({
        path: shown,
        code: 'boom-dubbel',
        message: `${shown}: de id "${treeId}" is al in gebruik. Geef elke boom een eigen id.`,
      });
      continue;
    }
    // Stored whole, like the default content: the shared items are in the tree.
    const whole = sharedRules ? composeTree(tree.data, sharedRules) : tree.data;
    trees.push({ treeId, content: { tree: whole, scenarios: scenarios.value } });
  }
  if (problems.length > 0 || !('value' in definition)) return { problems };
  return {
    folder: { definition: definition.value, trees, ...(sharedRules ? { sharedRules } : {}) },
  };
}
