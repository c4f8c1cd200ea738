// A draft as the editor works on it: the parsed tree and scenario file. The
// store keeps content exactly as saved; saveDraft only accepts content in the
// content format, so a stored draft always parses.
import { parseScenarioFile, type ScenarioFile } from '../../core/publish/scenarios.ts';
import { type Tree, treeSchema } from '../../core/tree/tree.ts';
import type { TreeContent } from '../../store/store.ts';

export interface DraftModel {
  tree: Tree;
  scenarios: ScenarioFile;
}

export function readDraftModel(content: TreeContent): DraftModel | undefined {
  const tree = treeSchema.safeParse(content.tree);
  const scenarios = parseScenarioFile(content.scenarios);
  return tree.success && scenarios.file
    ? { tree: tree.data, scenarios: scenarios.file }
    : undefined;
}

/** A deep copy to change: editors never touch the draft they were given. */
export function copyModel(model: DraftModel): DraftModel {
  return structuredClone(model);
}

export function modelContent(model: DraftModel): TreeContent {
  return { tree: model.tree, scenarios: model.scenarios };
}

/** Every id a route can lead to, in tree order: nodes, then outcomes. */
export function routeTargets(tree: Tree): { nodes: string[]; outcomes: string[] } {
  return {
    nodes: tree.nodes.map((node) => node.id),
    outcomes: tree.outcomes.map((outcome) => outcome.id),
  };
}
