// The shared rules and contacts (SPEC §11): the periods both trees use, the
// contacts and the list of corporations, kept in one place. A tree names a
// shared item by its id ({{regeling_maanden}}, `{ param: regeling_maanden }`,
// an outcome's contact); composing puts the shared items into the tree, so a
// stored tree version is whole on its own and a walk never needs the set.
import { z } from 'zod';
import { contactSchema, corporationSchema, idSchema, parameterSchema, type Tree } from './tree.ts';

/**
 * The id under which the shared rules are kept beside the trees (drafts and
 * versions like a tree's); no tree may have it.
 */
export const sharedRulesId = 'gedeeld';

export const sharedRulesSchema = z.strictObject({
  title: z.string().trim().min(1).default('Gedeelde regels en contacten'),
  parameters: z.record(idSchema, parameterSchema).default({}),
  contacts: z.array(contactSchema).default([]),
  corporations: z.array(corporationSchema).default([]),
  /**
   * The standing item of the te-controleren list (SPEC §11): a beheerder has
   * checked the reconstructed trees against Bureau Woonkans' own pictures.
   */
  originalsChecked: z.boolean().default(false),
});

export type SharedRules = z.infer<typeof sharedRulesSchema>;
export type SharedRulesInput = z.input<typeof sharedRulesSchema>;

/**
 * The tree with the shared items in it: a shared parameter or contact replaces
 * the tree's item of the same id (so composing again refreshes them), and the
 * corporations are the shared list.
 */
export function composeTree(tree: Tree, shared: SharedRules): Tree {
  const sharedContactIds = new Set(shared.contacts.map((contact) => contact.id));
  return {
    ...tree,
    parameters: { ...tree.parameters, ...shared.parameters },
    contacts: [
      ...tree.contacts.filter((contact) => !sharedContactIds.has(contact.id)),
      ...shared.contacts,
    ],
    corporations: shared.corporations,
  };
}

/** The tree without the shared items: what a tree file holds of its own. */
export function ownPart(tree: Tree, shared: SharedRules): Tree {
  const sharedContactIds = new Set(shared.contacts.map((contact) => contact.id));
  return {
    ...tree,
    parameters: Object.fromEntries(
      Object.entries(tree.parameters).filter(([id]) => !Object.hasOwn(shared.parameters, id)),
    ),
    contacts: tree.contacts.filter((contact) => !sharedContactIds.has(contact.id)),
    corporations: [],
  };
}

/** True when the item with this id in a composed tree comes from the shared rules. */
export function isShared(shared: SharedRules, part: 'parameter' | 'contact', id: string): boolean {
  return part === 'parameter'
    ? Object.hasOwn(shared.parameters, id)
    : shared.contacts.some((contact) => contact.id === id);
}
