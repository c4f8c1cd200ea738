// The rules a walk uses on a day: the tree version and the shared-rules
// version in force that day, composed. Both keep their own dated
// versions, so a change of the shared rules takes effect on its own date for
// every tree, and a tree change on its own date with the shared rules of then.
import { isPlainDate, type PlainDate } from '../dates/plain-date.ts';
import { composeTree, type SharedRules } from '../tree/shared-rules.ts';
import type { Tree } from '../tree/tree.ts';
import { type DatedVersion, laterDay, versionForWalk } from './versions-in-time.ts';

export interface TreeInTime extends DatedVersion {
  /** The tree as stored with this version. */
  tree: Tree;
}

export interface SharedInTime extends DatedVersion {
  rules: SharedRules;
}

export interface RulesTimeline {
  /** The tree's versions that were not cancelled; at least one. */
  trees: readonly TreeInTime[];
  /** The shared rules' versions that were not cancelled; none when there is no set. */
  shared: readonly SharedInTime[];
  /** Composes a tree version with a shared version; `composeTree` unless a caller remembers results. */
  compose?: (tree: TreeInTime, shared: SharedInTime) => Tree;
}

/** The rules for one walk on one day. */
export interface RulesInForce {
  /** The tree with the shared items in it: what the engine walks. */
  tree: Tree;
  treeVersion: TreeInTime;
  sharedVersion?: SharedInTime;
  /** From when this combination holds: the later of both versions' dates. */
  geldigVanaf: PlainDate;
}

/** The walk's eviction date: the first answered date question the tree names as one. */
export function evictionDateOf(
  tree: Tree,
  answers: Readonly<Record<string, string>>,
): PlainDate | undefined {
  for (const id of tree.evictionDates) {
    const answer = answers[id];
    if (answer !== undefined && isPlainDate(answer)) return answer;
  }
  return undefined;
}

function compose(timeline: RulesTimeline, tree: TreeInTime, shared: SharedInTime): Tree {
  return timeline.compose ? timeline.compose(tree, shared) : composeTree(tree.tree, shared.rules);
}

/**
 * The rules in force on `day` for a walk about an eviction on `evictionDate`
 * (overgangsrecht of either list may keep an earlier version).
 */
export function rulesOn(
  timeline: RulesTimeline,
  day: PlainDate,
  evictionDate?: PlainDate,
): RulesInForce | undefined {
  const treeVersion = versionForWalk(timeline.trees, day, evictionDate);
  if (!treeVersion) return undefined;
  const sharedVersion = versionForWalk(timeline.shared, day, evictionDate);
  if (!sharedVersion) {
    return { tree: treeVersion.tree, treeVersion, geldigVanaf: treeVersion.geldigVanaf };
  }
  return {
    tree: compose(timeline, treeVersion, sharedVersion),
    treeVersion,
    sharedVersion,
    geldigVanaf: laterDay(sharedVersion.geldigVanaf, treeVersion.geldigVanaf),
  };
}

/**
 * The rules for a walk with these answers: first those in force on the day,
 * then — once the answers give an eviction date — those its overgangsrecht
 * points to.
 */
export function rulesForWalk(
  timeline: RulesTimeline,
  day: PlainDate,
  answers: Readonly<Record<string, string>>,
): RulesInForce | undefined {
  const inForce = rulesOn(timeline, day);
  if (!inForce) return undefined;
  const eviction = evictionDateOf(inForce.tree, answers);
  return eviction === undefined ? inForce : rulesOn(timeline, day, eviction);
}

/** True when both are the same pair of versions. */
export function sameRules(a: RulesInForce, b: RulesInForce): boolean {
  return (
    a.treeVersion.version === b.treeVersion.version &&
    a.sharedVersion?.version === b.sharedVersion?.version
  );
}
