// The heavy rendering libraries (PDF, fonts, graph layout) are loaded on first
// use instead of at start-up: most requests never need them, and loading them
// cost about a third of the cold start (the budget is 1.5 s).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function pdfLib(): typeof import('pdf-lib') {
  return require('pdf-lib');
}

export function fontkit(): typeof import('@pdf-lib/fontkit') {
  return require('@pdf-lib/fontkit');
}

export type Elk = typeof import('elkjs/lib/elk-api.js').default;

export function elkConstructor(): Elk {
  return (require('elkjs') as { default: Elk }).default;
}
