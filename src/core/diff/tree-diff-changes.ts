// The building blocks of the tree diff: a change, a collector that records a
// change only when two values differ, and matching two lists by id.

export type ChangeGroup =
  | 'tree'
  | 'nodes'
  | 'outcomes'
  | 'parameters'
  | 'dates'
  | 'requirements'
  | 'trajectories'
  | 'contacts'
  | 'corporations'
  | 'checks'
  | 'scenarios';

export interface ContentChange {
  group: ChangeGroup;
  kind: 'added' | 'removed' | 'changed';
  /** Where, by ids: `nodes.reden.options.opiumwet.next`, `parameters.regeling_maanden.value`. */
  path: string;
  /** Dutch: what changed. */
  description: string;
  old?: string;
  new?: string;
}

type Text = string | undefined;

export class Changes {
  readonly list: ContentChange[] = [];
  constructor(private readonly group: ChangeGroup) {}

  /** Records a change when the two values differ. */
  field(path: string, description: string, old: Text, now: Text): void {
    this.record(path, description, old, now, old !== now);
  }

  /** Records a change when the compared keys differ, showing other words for them. */
  record(path: string, description: string, old: Text, now: Text, differs: boolean): void {
    if (!differs) return;
    const kind = old === undefined ? 'added' : now === undefined ? 'removed' : 'changed';
    this.list.push({
      group: this.group,
      kind,
      path,
      description,
      ...(old !== undefined && { old }),
      ...(now !== undefined && { new: now }),
    });
  }
}

/** Matches two lists by key: kept and removed items in old order, then added ones. */
export function byKey<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  visit: (id: string, old: T | undefined, now: T | undefined) => void,
): void {
  const oldMap = new Map(before.map((item) => [key(item), item]));
  const newMap = new Map(after.map((item) => [key(item), item]));
  for (const [id, old] of oldMap) visit(id, old, newMap.get(id));
  for (const [id, now] of newMap) if (!oldMap.has(id)) visit(id, undefined, now);
}

/** Lists without ids (check branches, trajectory steps) are compared by position. */
export function byPosition<T>(
  before: readonly T[],
  after: readonly T[],
  visit: (index: number, old: T | undefined, now: T | undefined) => void,
): void {
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    visit(index, before[index], after[index]);
  }
}

/** A content text as a name in a description: in ‘…’, shortened at a word when long. */
export function named(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 60) return `‘${flat}’`;
  const cut = flat.slice(0, 60);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:(]+$/, '');
  return `‘${atWord.length > 30 ? atWord : cut}…’`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
