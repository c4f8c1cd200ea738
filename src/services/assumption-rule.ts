// The publish rule of a region that needs confirmed assumptions: no tree
// version is published while it, or the shared rules it is composed with,
// holds a statement whose source is an unconfirmed assumption. Both the tree
// admin and the shared rules admin apply it, so neither way round the other.

import { sharedReviewItems, treeReviewItems } from '../core/publish/review-items.ts';
import type { TreeProblem } from '../core/publish/validate.ts';
import { type SharedRules, sharedRulesSchema } from '../core/tree/shared-rules.ts';
import { type Source, treeSchema } from '../core/tree/tree.ts';
import type { TreeContent } from '../store/store.ts';

export interface PublishRule {
  /**
   * The region's publish rule (its definition's `publishNeedsConfirmedAssumptions`),
   * asked at every publish: when true, a tree is published only once every
   * `assumption` in it and in the shared rules it is composed with is confirmed.
   */
  publishNeedsConfirmedAssumptions?: () => boolean;
}

const noSharedRules = sharedRulesSchema.parse({});

const isOpenAssumption = (source: Source | undefined) =>
  source?.kind === 'assumption' && !source.confirmed;

/**
 * The unconfirmed assumptions of a tree as it would be published: its own
 * items, and those of the shared rules it is composed with — counted as the
 * te-controleren list shows them, so each can be confirmed there.
 */
export function unconfirmedAssumptions(
  content: TreeContent,
  shared: SharedRules | undefined,
): { own: number; shared: number; total: number } {
  const tree = treeSchema.safeParse(content.tree);
  if (!tree.success) return { own: 0, shared: 0, total: 0 };
  const rules = shared ?? noSharedRules;
  const own = treeReviewItems(tree.data, rules).filter((item) => isOpenAssumption(item.source));
  const fromShared = shared
    ? sharedReviewItems(shared).filter((item) => isOpenAssumption(item.source)).length
    : 0;
  return { own: own.length, shared: fromShared, total: own.length + fromShared };
}

export function assumptionsProblem(count: {
  own: number;
  shared: number;
  total: number;
}): TreeProblem {
  const some = (n: number) => (n === 1 ? '1 aanname' : `${n} aannames`);
  const where =
    count.shared > 0
      ? ` Daarvan ${count.shared === 1 ? 'staat er 1' : `staan er ${count.shared}`} in de gedeelde regels: bevestig ${count.shared === 1 ? 'die' : 'ze'} daar en publiceer de gedeelde regels opnieuw.`
      : '';
  return {
    severity: 'error',
    path: '',
    code: 'aannames-niet-bevestigd',
    message: `In deze regio wordt een boom pas gepubliceerd als alle aannames zijn bevestigd. Er ${count.total === 1 ? 'is' : 'zijn'} nog ${some(count.total)} niet bevestigd. Bevestig ${count.total === 1 ? 'die' : 'ze'} onder "Te controleren" in het beheer.${where}`,
  };
}
