// The diff of who a tree sends people to: its contacts (with their routes)
// and the list of corporations. The shared rules' diff uses these too.
import { contactRouteLink } from '../tree/contact-route.ts';
import { sourceText } from '../tree/source.ts';
import type { Contact, Tree } from '../tree/tree.ts';
import { byKey, Changes, type ContentChange } from './tree-diff-changes.ts';
import { verb } from './tree-diff-parts.ts';

export function diffContacts(
  a: Pick<Tree, 'contacts'>,
  b: Pick<Tree, 'contacts'>,
): ContentChange[] {
  const c = new Changes('contacts');
  byKey(
    a.contacts,
    b.contacts,
    (contact) => contact.id,
    (id, o, n) => {
      const at = `contacts.${id}`;
      if (!o || !n) {
        c.field(at, `Contact "${id}" ${verb(o)}`, o?.name, n?.name);
        return;
      }
      c.field(`${at}.name`, `Naam van contact "${id}" gewijzigd`, o.name, n.name);
      c.field(`${at}.text`, `Tekst van contact "${id}" gewijzigd`, o.text, n.text);
      c.field(
        `${at}.routes`,
        `Bereikbaarheid van contact "${id}" gewijzigd`,
        routesText(o),
        routesText(n),
      );
      c.field(
        `${at}.source`,
        `Bron van contact "${id}" gewijzigd`,
        sourceText(o.source),
        sourceText(n.source),
      );
    },
  );
  return c.list;
}

export function diffCorporations(
  a: Pick<Tree, 'corporations'>,
  b: Pick<Tree, 'corporations'>,
): ContentChange[] {
  const c = new Changes('corporations');
  byKey(
    a.corporations,
    b.corporations,
    (corporation) => corporation.id,
    (id, o, n) => {
      const at = `corporations.${id}`;
      if (!o || !n) {
        c.field(at, `Corporatie "${id}" ${verb(o)}`, o?.name, n?.name);
        return;
      }
      c.field(`${at}.name`, `Naam van corporatie "${id}" gewijzigd`, o.name, n.name);
      c.field(
        `${at}.source`,
        `Bron van corporatie "${id}" gewijzigd`,
        sourceText(o.source),
        sourceText(n.source),
      );
    },
  );
  return c.list;
}

function routesText(contact: Contact): string {
  return contact.routes
    .map((route) => {
      const link = contactRouteLink(route);
      return `${link.label}: ${link.text}`;
    })
    .join('; ');
}
