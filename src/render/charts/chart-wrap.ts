// Line breaking for labels drawn in SVG (SVG text does not wrap by itself).
// Widths are estimated from an average glyph width of the system sans-serif
// fonts; a label that does not fit on `maxLines` lines ends in "…" — the full
// text is always in the table beside the chart.
const averageGlyph = 0.56;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * averageGlyph;
}

export function wrapLabel(text: string, width: number, fontSize: number, maxLines = 3): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * averageGlyph)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > perLine) {
      if (line) lines.push(line);
      line = '';
      lines.push(`${rest.slice(0, perLine - 1)}-`);
      rest = rest.slice(perLine - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= perLine) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1)).trimEnd()}…`;
  return kept;
}
