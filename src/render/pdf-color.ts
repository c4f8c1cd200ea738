// Colours for pdf-lib without loading pdf-lib: the same shape its rgb() makes,
// so modules can define their palettes at start-up (see lazy-libraries.ts).
import type { RGB } from 'pdf-lib';

export function rgb(red: number, green: number, blue: number): RGB {
  return { type: 'RGB', red, green, blue } as unknown as RGB;
}
