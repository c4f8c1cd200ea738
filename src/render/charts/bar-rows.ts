// The vertical layout shared by the bar charts: each row's label is written
// above its bar, across the full width (long labels wrap instead of squeezing
// the bars; at 320 px a label column would leave no room for the bars).
import { wrapLabel } from './chart-wrap.ts';

export interface RowBox {
  index: number;
  lines: string[];
  /** Top of the label text. */
  labelY: number;
  /** Top and bottom of the bar. */
  barTop: number;
  barBottom: number;
}

export interface RowLayout {
  rows: RowBox[];
  /** Where the x axis goes (the bottom of the plotting area). */
  axisY: number;
}

export function layoutRows(
  labels: readonly string[],
  width: number,
  fontSize: number,
  maxLines: number,
): RowLayout {
  const lineHeight = Math.round(fontSize * 1.25);
  const barHeight = Math.round(fontSize * 1.8);
  let y = 8;
  const rows = labels.map((label, index) => {
    const lines = wrapLabel(label, width, fontSize, maxLines);
    const labelY = y;
    const barTop = labelY + lines.length * lineHeight + 4;
    const barBottom = barTop + barHeight;
    y = barBottom + Math.round(fontSize * 1.1);
    return { index, lines, labelY, barTop, barBottom };
  });
  return { rows, axisY: y };
}
