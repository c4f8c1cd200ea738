// What a chart is given: its frame (title, description, id) and its numbers.
// Types only, shared by charts.ts and the chart renderers.

export interface ChartFrame {
  /** Shown as the figure caption and the SVG <title>. */
  title: string;
  /** One or two sentences saying what the chart shows; the SVG <desc>. */
  description: string;
  /**
   * The figure's id, unique in the page (letters, digits, - and _). Default: a
   * hash of the title and description — give one when two charts may share them.
   */
  id?: string;
}

/** One horizontal bar per row, split into segments (e.g. the five answers of a scale). */
export interface StackedBarChart extends ChartFrame {
  /** Segment names in order, e.g. "Helemaal niet mee eens" … "Helemaal mee eens". */
  segments: string[];
  rows: { label: string; counts: number[] }[];
  /** Header of the label column in the table; default "Onderdeel". */
  labelHeader?: string;
}

/** One bar per row (e.g. outcomes, or questions in a funnel). */
export interface BarChart extends ChartFrame {
  rows: { label: string; value: number }[];
  /** What the numbers are, e.g. "Aantal wandelingen". */
  valueLabel: string;
  /** Header of the label column in the table; default "Onderdeel". */
  labelHeader?: string;
}

/** Lines over ordered x labels (e.g. years or months); null is a gap. */
export interface LineChart extends ChartFrame {
  x: string[];
  /** Header of the x column in the table, e.g. "Jaar". */
  xLabel: string;
  series: { name: string; values: (number | null)[] }[];
  valueLabel: string;
  /** A vertical marker at one x label, e.g. when the Woonkansboom went live. */
  marker?: { at: string; label: string };
  /** A remark per x label (e.g. the source of that year's figures), shown on hovering a point. */
  pointNotes?: (string | null)[];
}
