// Ids inside a chart (title, desc) must be unique in the page and the same on
// every render: a caller may pass one, otherwise they are a hash of the texts
// (FNV-1a), never random.
export function chartId(parts: readonly string[], given?: string): string {
  if (given) return given.replace(/[^A-Za-z0-9_-]/g, '-');
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `wkb-chart-${hash.toString(36)}`;
}
