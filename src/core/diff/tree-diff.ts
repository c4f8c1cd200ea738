// A readable diff between two tree contents (tree + scenarios): what a
// beheerder changed, in Dutch, pointing at ids rather than list positions
// (history, diff between versions, the conflict page).
import { scenarioFileSchema } from '../publish/scenarios.ts';
import { type Tree, treeSchema } from '../tree/tree.ts';
import type { ChangeGroup, ContentChange } from './tree-diff-changes.ts';
import { diffContacts, diffCorporations } from './tree-diff-contacts.ts';
import { diffNodes } from './tree-diff-nodes.ts';
import {
  diffDates,
  diffOutcomes,
  diffParameters,
  diffRequirements,
  diffTrajectories,
  diffTreeInfo,
} from './tree-diff-parts.ts';
import { diffScenarios } from './tree-diff-scenarios.ts';

export type { ChangeGroup, ContentChange } from './tree-diff-changes.ts';

/** The groups in display order, with their headings. */
export const changeGroups: readonly { group: ChangeGroup; title: string }[] = [
  { group: 'tree', title: 'Titel, inleiding en start' },
  { group: 'nodes', title: 'Vragen en controles' },
  { group: 'outcomes', title: 'Uitkomsten' },
  { group: 'parameters', title: 'Parameters' },
  { group: 'dates', title: 'Berekende datums' },
  { group: 'requirements', title: 'Voorwaarden' },
  { group: 'trajectories', title: 'Trajecten' },
  { group: 'contacts', title: 'Contacten' },
  { group: 'corporations', title: 'Corporaties' },
  { group: 'checks', title: 'Controles' },
  { group: 'scenarios', title: 'Scenario’s' },
];

export interface DiffSide {
  tree: unknown;
  scenarios: unknown;
}

const treeDiffs: ((a: Tree, b: Tree) => ContentChange[])[] = [
  diffTreeInfo,
  diffNodes,
  diffOutcomes,
  diffParameters,
  diffDates,
  diffRequirements,
  diffTrajectories,
  diffContacts,
  diffCorporations,
];

/**
 * What changed from `a` to `b`, in the order of `changeGroups`. A tree that
 * is not in the content format is compared as a whole.
 */
export function diffContent(a: DiffSide, b: DiffSide): ContentChange[] {
  const treeA = treeSchema.safeParse(a.tree);
  const treeB = treeSchema.safeParse(b.tree);
  const changes: ContentChange[] = [];
  if (treeA.success && treeB.success) {
    changes.push(...treeDiffs.flatMap((diff) => diff(treeA.data, treeB.data)));
  } else if (JSON.stringify(a.tree) !== JSON.stringify(b.tree)) {
    changes.push({
      group: 'tree',
      kind: 'changed',
      path: '',
      description:
        'De boom is gewijzigd, maar een van beide is niet in het juiste formaat en kan niet per onderdeel worden vergeleken.',
    });
  }
  const scenarios = (side: DiffSide) => {
    const parsed = scenarioFileSchema.safeParse(side.scenarios);
    return parsed.success ? parsed.data.scenarios : [];
  };
  changes.push(...diffScenarios(scenarios(a), scenarios(b)));
  return changes;
}
