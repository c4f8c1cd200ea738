// Who runs the Woonkansboom, as the published content says: the shared
// contact `bureau-woonkans` (content/shared-rules.yaml). Its name, text and
// routes are data a beheerder edits; the contact, privacy and accessibility
// pages only choose which contact it is and what to ask it.
import { contactRouteLink } from '../../core/tree/contact-route.ts';
import type { Contact, Tree } from '../../core/tree/tree.ts';
import { contactRoutesHtml } from '../../views/contact-routes.ts';
import { fillHtml } from '../../views/fill-texts.ts';
import { html, type SafeHtml } from '../../views/html.ts';
import { textKey } from '../../views/walk-context.ts';
import type { PublishedTree } from '../published-tree.ts';

export const ownerContactId = 'bureau-woonkans';

export interface OwnerContact {
  contact: Contact;
  /** The published tree it was read from (its rendered text and placeholders). */
  source: PublishedTree;
}

/** The contact from the first tree (in display order) that has it, as trajectory pages find theirs. */
export function ownerContact(trees: readonly PublishedTree[]): OwnerContact | undefined {
  for (const source of trees) {
    const contact = source.tree.contacts.find((candidate) => candidate.id === ownerContactId);
    if (contact) return { contact, source };
  }
  return undefined;
}

/** Name, text and routes, as an outcome shows a contact; the heading at the given level. */
export function ownerContactHtml({ contact, source }: OwnerContact, level: 2 | 3 = 2): SafeHtml {
  const tree: Tree = source.tree;
  const heading =
    level === 2
      ? html`<h2 class="utrecht-heading-2">${contact.name}</h2>`
      : html`<h3 class="utrecht-heading-3">${contact.name}</h3>`;
  return html`<div class="wkb-contact">${heading}${fillHtml(source.texts[textKey.contact(contact.id)] ?? '', tree)}${contactRoutesHtml(contact.routes.map(contactRouteLink))}</div>`;
}

/**
 * A link that opens an e-mail to the contact with this subject, or undefined
 * when the contact has no e-mail address.
 */
export function mailLink(owner: OwnerContact | undefined, subject: string): string | undefined {
  const email = owner?.contact.routes.find((route) => route.kind === 'email');
  return email ? `mailto:${email.value}?subject=${encodeURIComponent(subject)}` : undefined;
}
