// Chart colours. Every fill and line has at least 3:1 contrast against the
// white page (WCAG 2.1 1.4.11, non-text contrast), and the text written on a
// fill is whichever of white or ink reads best on it (at least 4.5:1).
// Colour is never the only cue: legends name every colour, lines also differ
// in symbol and dash, segments carry their count.

/** The page background the charts are drawn on. */
export const chartBackground = '#ffffff';
/** Text, axes and the live-date marker. */
export const chartInk = '#0b0c0c';
/** Grid lines: decoration only, they may be faint. */
export const chartGrid = '#d9d9d9';
/** Bars of a single-series bar chart (the header accent of the site). */
export const barColour = '#00617f';

/**
 * The five answers of the SPEC §6 scale, from "Helemaal niet mee eens" to
 * "Helemaal mee eens": an ordered, colour-blind-safe orange–grey–purple
 * diverging palette (dark at both ends, neutral in the middle).
 */
export const divergingFive = ['#7f3b08', '#e0711b', '#8f8f8f', '#8073ac', '#2d004b'] as const;

/** Several segments that are not a 5-point scale: distinct hues, all ≥ 3:1. */
const categorical = ['#00617f', '#b34700', '#5e3c99', '#16703a', '#7a7a7a', '#a5153a'] as const;

export interface SeriesStyle {
  colour: string;
  /** An Observable Plot symbol name, drawn at every point. */
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';
  /** SVG stroke-dasharray; '' is a solid line. */
  dash: string;
}

const symbols: SeriesStyle['symbol'][] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
];
const dashes = ['', '7 4', '2 3', '10 3 2 3', '4 4', '1 2'];

export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: categorical[index % categorical.length] ?? barColour,
    symbol: symbols[index % symbols.length] ?? 'circle',
    dash: dashes[index % dashes.length] ?? '',
  };
}

/** Colours for the segments of a stacked bar: the diverging scale for five, else categorical. */
export function segmentColours(count: number): string[] {
  if (count === divergingFive.length) return [...divergingFive];
  return Array.from({ length: count }, (_, index) => seriesStyle(index).colour);
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) =>
    channel(Number.parseInt(hex.slice(start, start + 2), 16)),
  );
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** White or ink, whichever contrasts most with the fill. */
export function textOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, chartInk) ? '#ffffff' : chartInk;
}
