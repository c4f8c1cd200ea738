// The source of a statement that carries policy (SPEC §11), as a schema.
import { z } from 'zod';
import { sourceRefText } from './text-limits.ts';

export const sourceKinds = ['thesis', 'public', 'assumption'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * Where a statement that carries policy comes from (SPEC §11): the thesis
 * (section or Bijlage), a public source (site and date read) or an assumption
 * of the makers (with the reason). Every item starts unconfirmed; only a
 * beheerder confirms. A plain string (content from before sources had a kind)
 * reads as an unconfirmed assumption with that text as its reference.
 */
export const sourceSchema = z.preprocess(
  (value) =>
    typeof value === 'string' ? { kind: 'assumption', ref: value, confirmed: false } : value,
  z.strictObject({
    kind: z.enum(sourceKinds),
    ref: sourceRefText,
    confirmed: z.boolean().default(false),
  }),
);
export type Source = z.infer<typeof sourceSchema>;
