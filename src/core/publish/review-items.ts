// Te controleren (SPEC §11): every statement that carries policy and is not
// confirmed by a beheerder — an unconfirmed source, no source at all, or a
// contact without a route — in the shared rules and in each tree, plus the
// standing check against Bureau Woonkans' own Woonkansbomen. Confirming sets
// `confirmed: true` on the item in a draft; pure functions over content.
import type { SharedRules } from '../tree/shared-rules.ts';
import type { Source, Tree } from '../tree/tree.ts';

export type ReviewKind =
  | 'parameter'
  | 'date'
  | 'requirement'
  | 'outcome'
  | 'step'
  | 'contact'
  | 'corporation'
  | 'originals';

export type ReviewReason = 'unconfirmed' | 'no-source' | 'no-route';

export interface ReviewItem {
  /** Unique within its owner (a tree or the shared rules): `parameter:regeling_maanden`, `step:tweedekansbeleid:0`. */
  key: string;
  kind: ReviewKind;
  /** The id of the part where it is edited (for a step: its trajectory). */
  partId: string;
  label: string;
  source: Source | undefined;
  reasons: ReviewReason[];
}

export const originalsKey = 'originals';

interface Sourced {
  key: string;
  kind: ReviewKind;
  partId: string;
  label: string;
  source: Source | undefined;
  /** Set for contacts: whether it has at least one route. */
  hasRoute?: boolean;
}

function toReview(item: Sourced): ReviewItem | undefined {
  const reasons: ReviewReason[] = [];
  if (!item.source) reasons.push('no-source');
  else if (!item.source.confirmed) reasons.push('unconfirmed');
  if (item.hasRoute === false) reasons.push('no-route');
  return reasons.length === 0
    ? undefined
    : {
        key: item.key,
        kind: item.kind,
        partId: item.partId,
        label: item.label,
        source: item.source,
        reasons,
      };
}

function sharedItems(shared: SharedRules): Sourced[] {
  return [
    ...Object.entries(shared.parameters).map(([id, parameter]) => ({
      key: `parameter:${id}`,
      kind: 'parameter' as const,
      partId: id,
      label: parameter.label,
      source: parameter.source,
    })),
    ...shared.contacts.map((contact) => ({
      key: `contact:${contact.id}`,
      kind: 'contact' as const,
      partId: contact.id,
      label: contact.name,
      source: contact.source,
      hasRoute: contact.routes.length > 0,
    })),
    ...shared.corporations.map((corporation) => ({
      key: `corporation:${corporation.id}`,
      kind: 'corporation' as const,
      partId: corporation.id,
      label: corporation.name,
      source: corporation.source,
    })),
  ];
}

/** A tree's own items: what comes from the shared rules is listed there, once. */
function treeItems(tree: Tree, shared: SharedRules): Sourced[] {
  const sharedContacts = new Set(shared.contacts.map((contact) => contact.id));
  return [
    ...Object.entries(tree.parameters)
      .filter(([id]) => !Object.hasOwn(shared.parameters, id))
      .map(([id, parameter]) => ({
        key: `parameter:${id}`,
        kind: 'parameter' as const,
        partId: id,
        label: parameter.label,
        source: parameter.source,
      })),
    ...tree.dates.map((rule) => ({
      key: `date:${rule.id}`,
      kind: 'date' as const,
      partId: rule.id,
      label: rule.label,
      source: rule.source,
    })),
    ...tree.requirements.map((requirement) => ({
      key: `requirement:${requirement.id}`,
      kind: 'requirement' as const,
      partId: requirement.id,
      label: requirement.label,
      source: requirement.source,
    })),
    ...tree.outcomes.map((outcome) => ({
      key: `outcome:${outcome.id}`,
      kind: 'outcome' as const,
      partId: outcome.id,
      label: outcome.title,
      source: outcome.source,
    })),
    ...tree.trajectories.flatMap((trajectory) =>
      trajectory.steps.map((step, index) => ({
        key: `step:${trajectory.id}:${index}`,
        kind: 'step' as const,
        partId: trajectory.id,
        label: `${trajectory.title}, stap ${index + 1}: ${step.title}`,
        source: step.source,
      })),
    ),
    ...tree.contacts
      .filter((contact) => !sharedContacts.has(contact.id))
      .map((contact) => ({
        key: `contact:${contact.id}`,
        kind: 'contact' as const,
        partId: contact.id,
        label: contact.name,
        source: contact.source,
        hasRoute: contact.routes.length > 0,
      })),
  ];
}

export function sharedReviewItems(shared: SharedRules): ReviewItem[] {
  const standing: ReviewItem[] = shared.originalsChecked
    ? []
    : [
        {
          key: originalsKey,
          kind: 'originals',
          partId: '',
          label: 'Controleer de bomen tegen de eigen Woonkansbomen van Bureau Woonkans',
          source: undefined,
          reasons: ['unconfirmed'],
        },
      ];
  return [...standing, ...sharedItems(shared).flatMap((item) => toReview(item) ?? [])];
}

export function treeReviewItems(tree: Tree, shared: SharedRules): ReviewItem[] {
  return treeItems(tree, shared).flatMap((item) => toReview(item) ?? []);
}

/** Items that can be confirmed as they are: a source that waits for confirmation. */
export function confirmable(item: ReviewItem): boolean {
  return item.kind === 'originals' || (item.source !== undefined && !item.source.confirmed);
}

const confirmed = (source: Source | undefined): Source | undefined =>
  source && { ...source, confirmed: true };

/** The shared rules with these items confirmed; unknown keys are left alone. */
export function confirmShared(shared: SharedRules, keys: ReadonlySet<string>): SharedRules {
  return {
    ...shared,
    originalsChecked: shared.originalsChecked || keys.has(originalsKey),
    parameters: Object.fromEntries(
      Object.entries(shared.parameters).map(([id, parameter]) => [
        id,
        keys.has(`parameter:${id}`)
          ? { ...parameter, source: { ...parameter.source, confirmed: true } }
          : parameter,
      ]),
    ),
    contacts: shared.contacts.map((contact) =>
      keys.has(`contact:${contact.id}`) && contact.source
        ? { ...contact, source: { ...contact.source, confirmed: true } }
        : contact,
    ),
    corporations: shared.corporations.map((corporation) =>
      keys.has(`corporation:${corporation.id}`) && corporation.source
        ? { ...corporation, source: { ...corporation.source, confirmed: true } }
        : corporation,
    ),
  };
}

/** The tree with these items confirmed; unknown keys are left alone. */
export function confirmInTree(tree: Tree, keys: ReadonlySet<string>): Tree {
  const mark = <T extends { source?: Source | undefined }>(item: T, key: string): T =>
    keys.has(key) && item.source ? { ...item, source: confirmed(item.source) } : item;
  return {
    ...tree,
    parameters: Object.fromEntries(
      Object.entries(tree.parameters).map(([id, parameter]) => [
        id,
        keys.has(`parameter:${id}`)
          ? { ...parameter, source: { ...parameter.source, confirmed: true } }
          : parameter,
      ]),
    ),
    dates: tree.dates.map((rule) => mark(rule, `date:${rule.id}`)),
    requirements: tree.requirements.map((requirement) =>
      mark(requirement, `requirement:${requirement.id}`),
    ),
    outcomes: tree.outcomes.map((outcome) => mark(outcome, `outcome:${outcome.id}`)),
    trajectories: tree.trajectories.map((trajectory) => ({
      ...trajectory,
      steps: trajectory.steps.map((step, index) => mark(step, `step:${trajectory.id}:${index}`)),
    })),
    contacts: tree.contacts.map((contact) => mark(contact, `contact:${contact.id}`)),
  };
}
