// A region's logo: a small PNG, kept with the region's definition as base64,
// and what it shows in words. Checked to be a PNG (its signature) and small,
// so a page never waits on it; SVG is not accepted (it can carry script).
import { z } from 'zod';

/** The largest logo, in bytes: a header logo needs a few kilobytes. */
export const logoMaxBytes = 100_000;

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The bytes of base64 text, or undefined when it is not base64. */
export function base64Bytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

export const regionLogoSchema = z
  .object({
    /** What the logo shows, for people who do not see it, e.g. "Logo van Regio Westerkwartier". */
    alt: z.string().trim().min(2).max(120),
    /** The PNG file as base64. */
    png: z.string().max(Math.ceil(logoMaxBytes / 3) * 4 + 4, {
      message: `Het logo is te groot: hoogstens ${logoMaxBytes / 1000} kB.`,
    }),
  })
  .superRefine((logo, context) => {
    const bytes = base64Bytes(logo.png);
    if (!bytes || !pngSignature.every((byte, at) => bytes[at] === byte))
      context.addIssue({
        code: 'custom',
        path: ['png'],
        message: 'Het logo moet een PNG-bestand zijn.',
      });
  });
export type RegionLogo = z.infer<typeof regionLogoSchema>;

/** A short fingerprint of the logo, for its URL: a new logo is a new address. */
export function logoVersion(logo: RegionLogo): string {
  let hash = 2166136261;
  for (let at = 0; at < logo.png.length; at++) {
    hash ^= logo.png.charCodeAt(at);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36);
}
