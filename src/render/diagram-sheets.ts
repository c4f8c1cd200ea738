// How the diagram goes onto paper: the sheet size, the scale and which part of
// the layout each sheet shows. A3: the whole tree on one poster. A4: landscape
// sheets with text of 7 pt or more; a tree that does not fit is cut into rows
// of sheets, and a tree too wide for one sheet at 7 pt into columns as well,
// each cut where it crosses the fewest boxes.
import type { Box, DiagramLayout } from './diagram-layout.ts';
import { diagramMetrics } from './diagram-layout.ts';
import { legendLayout } from './diagram-shapes.ts';

export type PaperSize = 'a4' | 'a3';

const mm = 72 / 25.4;
export const sheetMargin = 12 * mm;
export const headerHeight = 22;
export const legendScale = 0.75;
export const paperLegend = { links: false, path: false };
/** The smallest text on an A4 sheet, in points. */
export const minTextSize = 7;
/** Not bigger than this on A4: 14 pt text would waste paper. */
const maxA4Scale = 0.75;
const smallestText = Math.min(
  diagramMetrics.fontSize,
  diagramMetrics.captionSize,
  diagramMetrics.labelSize,
);
/** Room kept beside the outermost boxes of a part (elk's padding). */
const padding = 8;

/** A part of the layout, in layout units. */
export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface SheetPlan {
  /** Width and height of a sheet in points. */
  size: [number, number];
  /** Points per layout unit. */
  scale: number;
  /** Where the diagram goes on every sheet, in points from the top left. */
  area: { x: number; y: number; width: number; height: number };
  legendHeight: number;
  /** One region per sheet, in the order of the sheets. */
  regions: Region[];
  /** How many boxes a cut goes through (0 when every cut found a gap). */
  boxesCut: number;
}

type Axis = 'x' | 'y';
const sizeOf = { x: 'width', y: 'height' } as const;

/**
 * How many of `blocks` a cut at a whole number `at` in `from..to` goes
 * through (within 2 units of a block counts): counted once for every place.
 */
function crossings(blocks: Box[], axis: Axis, from: number, to: number) {
  const base = Math.floor(from);
  const counts = new Int32Array(Math.ceil(to) - base + 2);
  for (const box of blocks) {
    const low = Math.max(0, Math.floor(box[axis] - 2) + 1 - base);
    const high = Math.min(counts.length - 1, Math.ceil(box[axis] + box[sizeOf[axis]] + 2) - base);
    if (low >= high) continue;
    counts[low] = (counts[low] ?? 0) + 1;
    counts[high] = (counts[high] ?? 0) - 1;
  }
  for (let index = 1; index < counts.length; index++)
    counts[index] = (counts[index] ?? 0) + (counts[index - 1] ?? 0);
  return (at: number) => counts[at - base] ?? 0;
}

/**
 * Cuts `from..to` along `axis` into as few spans of at most `length` as there
 * can be, about equally long: each cut where it crosses the fewest of
 * `blocks`, and of those places the one nearest to an even share.
 */
function spans(blocks: Box[], axis: Axis, from: number, to: number, length: number) {
  const crossed = crossings(blocks, axis, from, to);
  const count = Math.max(1, Math.ceil((to - from) / length));
  const cuts = [from];
  for (let index = 1; index < count; index++) {
    const previous = cuts[index - 1] ?? from;
    const after = count - index;
    // Far enough for the spans still to come, near enough for this one.
    const low = Math.ceil(Math.max(previous + 1, to - after * length));
    const high = Math.floor(previous + length);
    const even = previous + (to - previous) / (after + 1);
    let best = { at: Math.min(high, Math.max(low, Math.round(even))), crossed: Infinity };
    for (let at = low; at <= high; at++) {
      const count = crossed(at);
      const nearer = Math.abs(at - even) < Math.abs(best.at - even);
      if (count < best.crossed || (count === best.crossed && nearer)) best = { at, crossed: count };
    }
    cuts.push(best.at);
  }
  cuts.push(to);
  return cuts.slice(1).map((end, index): [number, number] => [cuts[index] ?? from, end]);
}

/** What must not be cut if it can be helped: the boxes and the arrows' labels. */
function blocksOf(layout: DiagramLayout): Box[] {
  return [...layout.nodes, ...layout.edges.flatMap((edge) => (edge.label ? [edge.label] : []))];
}

const overlaps = (box: Box, axis: Axis, low: number, high: number) =>
  box[axis] < high && box[axis] + box[sizeOf[axis]] > low;

/**
 * The layout cut into parts of at most `width` × `height` layout units: first
 * into bands along `first` (rows for `y`), then each band too long for a sheet
 * across, over the length its own boxes take. A part without a box (only the
 * middle of long arrows) is left out.
 */
export function sliceDiagram(
  layout: DiagramLayout,
  width: number,
  height: number,
  first: Axis = 'y',
): Region[] {
  const blocks = blocksOf(layout);
  const second: Axis = first === 'y' ? 'x' : 'y';
  const room = { x: width, y: height };
  const whole = { x: layout.width, y: layout.height };
  return spans(blocks, first, 0, whole[first], room[first]).flatMap(([start, end]) => {
    const inBand = blocks.filter((box) => overlaps(box, first, start, end));
    if (inBand.length === 0) return [];
    let parts: [number, number][] = [[0, whole[second]]];
    if (whole[second] > room[second]) {
      const from = Math.max(0, Math.min(...inBand.map((box) => box[second])) - padding);
      const to = Math.min(
        whole[second],
        Math.max(...inBand.map((box) => box[second] + box[sizeOf[second]])) + padding,
      );
      parts = spans(inBand, second, from, to, room[second]).filter(([low, high]) =>
        inBand.some((box) => overlaps(box, second, low, high)),
      );
    }
    return parts.map(([low, high]) =>
      first === 'y'
        ? { left: low, top: start, right: high, bottom: end }
        : { left: start, top: low, right: end, bottom: high },
    );
  });
}

const holds = (region: Region, box: Box) =>
  box.x >= region.left &&
  box.x + box.width <= region.right &&
  box.y >= region.top &&
  box.y + box.height <= region.bottom;

/**
 * Each part grown, where the sheet has room, to hold whole the boxes whose
 * middle lies in it: a box a cut went through is then drawn whole on one sheet.
 */
function grown(layout: DiagramLayout, parts: Region[], width: number, height: number): Region[] {
  const blocks = blocksOf(layout);
  return parts.map((part) => {
    const own = blocks.filter((box) =>
      holds(part, { x: box.x + box.width / 2, y: box.y + box.height / 2, width: 0, height: 0 }),
    );
    const left = Math.min(part.left, ...own.map((box) => box.x));
    const right = Math.max(part.right, ...own.map((box) => box.x + box.width));
    const top = Math.min(part.top, ...own.map((box) => box.y));
    const bottom = Math.max(part.bottom, ...own.map((box) => box.y + box.height));
    const across = right - left <= width;
    const down = bottom - top <= height;
    return {
      left: across ? Math.max(0, left) : part.left,
      right: across ? Math.min(layout.width, right) : part.right,
      top: down ? Math.max(0, top) : part.top,
      bottom: down ? Math.min(layout.height, bottom) : part.bottom,
    };
  });
}

/**
 * The sheets a box (or an arrow's label) is drawn on: the first that holds it
 * whole, or else every sheet it reaches, cut off at the edge of each.
 */
export function sheetsOf(regions: Region[], box: Box): number[] {
  const whole = regions.findIndex((region) => holds(region, box));
  if (whole >= 0) return [whole];
  return regions.flatMap((region, index) =>
    overlaps(box, 'x', region.left, region.right) && overlaps(box, 'y', region.top, region.bottom)
      ? [index]
      : [],
  );
}

export function sheetPlan(layout: DiagramLayout, paper: PaperSize): SheetPlan {
  const portrait = layout.height > layout.width;
  const size: [number, number] =
    paper === 'a4' ? [297 * mm, 210 * mm] : portrait ? [297 * mm, 420 * mm] : [420 * mm, 297 * mm];
  const width = size[0] - 2 * sheetMargin;
  const legendHeight = legendLayout(width / legendScale, paperLegend).height * legendScale;
  const top = sheetMargin + headerHeight + legendHeight + 8;
  const area = { x: sheetMargin, y: top, width, height: size[1] - sheetMargin - top };
  const fitWidth = area.width / layout.width;
  const whole = { left: 0, top: 0, right: layout.width, bottom: layout.height };
  const plan = (scale: number, regions: Region[]): SheetPlan => {
    const shown = regions.length > 0 ? regions : [whole];
    const boxesCut = blocksOf(layout).filter((box) => sheetsOf(shown, box).length > 1).length;
    return { size, scale, area, legendHeight, regions: shown, boxesCut };
  };
  if (paper === 'a3') return plan(Math.min(fitWidth, area.height / layout.height), [whole]);
  const sliced = (scale: number, first: Axis) => {
    const width = area.width / scale;
    const height = area.height / scale;
    return plan(scale, grown(layout, sliceDiagram(layout, width, height, first), width, height));
  };
  const minScale = minTextSize / smallestText;
  if (fitWidth >= minScale) return sliced(Math.min(fitWidth, maxA4Scale), 'y');
  // Too wide for one column of sheets: rows first or columns first, at every
  // scale from 7 pt up; the fewest boxes cut, then the fewest sheets, then the
  // largest text.
  let best: SheetPlan | undefined;
  for (let scale = minScale; scale <= maxA4Scale + 1e-9; scale += 0.01) {
    for (const first of ['y', 'x'] as const) {
      const candidate = sliced(scale, first);
      const better =
        !best ||
        candidate.boxesCut < best.boxesCut ||
        (candidate.boxesCut === best.boxesCut && candidate.regions.length <= best.regions.length);
      if (better) best = candidate;
    }
  }
  return best ?? sliced(minScale, 'y');
}
