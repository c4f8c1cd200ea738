// How a contact route is shown and linked (SPEC §11: contacts are data; a
// text never repeats a route).
import { z } from 'zod';
import { shortText } from './text-limits.ts';

export const contactRouteKinds = ['website', 'email', 'phone', 'address'] as const;
export type ContactRouteKind = (typeof contactRouteKinds)[number];

export const contactRouteSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('website'),
    value: z.string().regex(/^https:\/\/[^\s]+$/, 'een adres dat met https:// begint'),
  }),
  z.strictObject({
    kind: z.literal('email'),
    value: z
      .string()
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'een e-mailadres zoals naam@voorbeeld.nl'),
  }),
  z.strictObject({
    kind: z.literal('phone'),
    value: z
      .string()
      .regex(/^\+?[0-9][0-9 -]{5,18}[0-9]$/, 'een telefoonnummer zoals 050 123 45 67'),
  }),
  z.strictObject({ kind: z.literal('address'), value: shortText }),
]);
export type ContactRoute = z.infer<typeof contactRouteSchema>;

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
