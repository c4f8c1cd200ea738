// The usage dashboard's numbers, from monthly counts: walks started
// and completed per month and tree, per organisation type, the outcomes, what
// was taken along, and per question how many reached it, answered it and
// stopped there. Pure; the web layer draws it.
import { orgTypes } from './usage-org.ts';

/** Counts summed per month, as the store returns them. */
export interface UsageCount {
  month: string;
  kind: string;
  treeId: string;
  treeVersion: number;
  orgType: string;
  nodeId: string;
  outcomeId: string;
  verdict: string;
  count: number;
}

/** What the dashboard needs of a tree (its latest version): order and words. */
export interface DashboardTree {
  id: string;
  title: string;
  questions: { id: string; text: string }[];
  outcomes: { id: string; title: string; verdict: string }[];
}

export interface FunnelRow {
  nodeId: string;
  text: string;
  /** The question was shown (the walk got this far). */
  reached: number;
  answered: number;
  /** Reached but not answered: the walk ended here. */
  stopped: number;
}

/** One version of a tree: walks and outcomes counted while it was the version walked. */
export interface VersionUsage {
  version: number;
  started: number;
  completed: number;
  /** Per outcome id: how often it was reached with this version. */
  outcomes: Record<string, number>;
}

export interface TreeUsage {
  treeId: string;
  title: string;
  /** Per version that has counts, oldest first: to compare before and after a change. */
  versions: VersionUsage[];
  /** Per month of the period, in order. */
  started: number[];
  completed: number[];
  outcomes: { outcomeId: string; title: string; verdict: string; count: number }[];
  funnel: FunnelRow[];
}

export interface UsageDashboard {
  months: string[];
  started: number;
  completed: number;
  trees: TreeUsage[];
  /** Per organisation type that has counts, in the order of the question; '' last. */
  organisations: { orgType: string; started: number; completed: number }[];
  takeAlong: { kind: string; count: number }[];
  /** No count at all in the period (after the filters). */
  empty: boolean;
}

export const takeAlongKinds = [
  'advice-printed',
  'advice-downloaded',
  'handout-printed',
  'handout-downloaded',
] as const;

/** Completed walks as a whole percentage of started ones; null when none started. */
export function completionPercentage(started: number, completed: number): number | null {
  return started === 0 ? null : Math.round((completed / started) * 100);
}

function sumWhere(counts: readonly UsageCount[], keep: (count: UsageCount) => boolean): number {
  return counts.reduce((total, count) => (keep(count) ? total + count.count : total), 0);
}

function treeUsage(
  counts: readonly UsageCount[],
  months: readonly string[],
  tree: DashboardTree,
): TreeUsage {
  const own = counts.filter((count) => count.treeId === tree.id);
  const perMonth = (kind: string) =>
    months.map((month) => sumWhere(own, (count) => count.kind === kind && count.month === month));
  const outcomeIds = [
    ...tree.outcomes.map((outcome) => outcome.id),
    ...own.filter((count) => count.kind === 'outcome-reached').map((count) => count.outcomeId),
  ];
  const outcomes = [...new Set(outcomeIds)]
    .map((outcomeId) => {
      const known = tree.outcomes.find((outcome) => outcome.id === outcomeId);
      return {
        outcomeId,
        title: known?.title ?? outcomeId,
        verdict: known?.verdict ?? '',
        count: sumWhere(
          own,
          (count) => count.kind === 'outcome-reached' && count.outcomeId === outcomeId,
        ),
      };
    })
    .filter((outcome) => outcome.count > 0);
  const questionIds = [
    ...tree.questions.map((question) => question.id),
    ...own.filter((count) => count.nodeId !== '').map((count) => count.nodeId),
  ];
  const funnel = [...new Set(questionIds)].map((nodeId) => {
    const reached = sumWhere(
      own,
      (count) => count.kind === 'question-shown' && count.nodeId === nodeId,
    );
    const answered = sumWhere(
      own,
      (count) => count.kind === 'question-answered' && count.nodeId === nodeId,
    );
    const text =
      tree.questions.find((question) => question.id === nodeId)?.text ??
      `${nodeId} (alleen in een oudere versie)`;
    // A changed answer counts as answered again, so answered can pass reached.
    return { nodeId, text, reached, answered, stopped: Math.max(0, reached - answered) };
  });
  const versions = [...new Set(own.map((count) => count.treeVersion))]
    .sort((a, b) => a - b)
    .map((version): VersionUsage => {
      const mine = own.filter((count) => count.treeVersion === version);
      return {
        version,
        started: sumWhere(mine, (count) => count.kind === 'walk-started'),
        completed: sumWhere(mine, (count) => count.kind === 'outcome-reached'),
        outcomes: Object.fromEntries(
          outcomes.map((outcome) => [
            outcome.outcomeId,
            sumWhere(
              mine,
              (count) => count.kind === 'outcome-reached' && count.outcomeId === outcome.outcomeId,
            ),
          ]),
        ),
      };
    });
  return {
    treeId: tree.id,
    title: tree.title,
    versions,
    started: perMonth('walk-started'),
    completed: perMonth('outcome-reached'),
    outcomes,
    funnel,
  };
}

export function usageDashboard(
  counts: readonly UsageCount[],
  months: readonly string[],
  trees: readonly DashboardTree[],
): UsageDashboard {
  const known = new Set(trees.map((tree) => tree.id));
  // A tree that is no longer published still shows, by its id.
  const others = [...new Set(counts.map((count) => count.treeId))]
    .filter((id) => !known.has(id))
    .map((id): DashboardTree => ({ id, title: id, questions: [], outcomes: [] }));
  const shown = [...trees, ...others].filter((tree) =>
    counts.some((count) => count.treeId === tree.id),
  );
  const orgCodes = [...orgTypes, ''] as string[];
  const organisations = orgCodes
    .map((orgType) => ({
      orgType,
      started: sumWhere(counts, (c) => c.orgType === orgType && c.kind === 'walk-started'),
      completed: sumWhere(counts, (c) => c.orgType === orgType && c.kind === 'outcome-reached'),
    }))
    .filter((entry) => entry.started > 0 || entry.completed > 0);
  return {
    months: [...months],
    started: sumWhere(counts, (count) => count.kind === 'walk-started'),
    completed: sumWhere(counts, (count) => count.kind === 'outcome-reached'),
    trees: shown.map((tree) => treeUsage(counts, months, tree)),
    organisations,
    takeAlong: takeAlongKinds.map((kind) => ({
      kind,
      count: sumWhere(counts, (count) => count.kind === kind),
    })),
    empty: counts.every((count) => count.count === 0),
  };
}
