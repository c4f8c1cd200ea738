// How a contact route is shown and linked (SPEC §11: contacts are data; a
// text never repeats a route).
import type { ContactRoute, ContactRouteKind } from './tree.ts';

export const contactRouteLabels: Record<ContactRouteKind, string> = {
  website: 'Website',
  email: 'E-mail',
  phone: 'Telefoon',
  address: 'Adres',
};

export interface RouteLink {
  label: string;
  /** What a person reads: the site without https://, the address as written. */
  text: string;
  /** A link target; none for a postal address. */
  href?: string;
}

export function contactRouteLink(route: ContactRoute): RouteLink {
  const label = contactRouteLabels[route.kind];
  switch (route.kind) {
    case 'website':
      return {
        label,
        text: route.value.replace(/^https:\/\//, '').replace(/\/$/, ''),
        href: route.value,
      };
    case 'email':
      return { label, text: route.value, href: `mailto:${route.value}` };
    case 'phone':
      return { label, text: route.value, href: `tel:${route.value.replace(/[ -]/g, '')}` };
    case 'address':
      return { label, text: route.value };
  }
}
