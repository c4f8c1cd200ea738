// Server-rendered charts: each is a <figure> with an SVG that has a
// title and a description, and the same numbers as a table beside it (screen
// readers, print). Drawn with Observable Plot on a linkedom document; no chart
// code reaches the browser. See README.md for the file map.
import type { SafeHtml } from '../../views/html.ts';
import { renderBarChart } from './bar-chart.ts';
import type { BarChart, LineChart, StackedBarChart } from './chart-types.ts';
import { renderLineChart } from './line-chart.ts';
import { renderStackedBarChart } from './stacked-bar-chart.ts';

export type { BarChart, ChartFrame, LineChart, StackedBarChart } from './chart-types.ts';

export function stackedBarChart(chart: StackedBarChart): SafeHtml {
  return renderStackedBarChart(chart);
}

export function barChart(chart: BarChart): SafeHtml {
  return renderBarChart(chart);
}

export function lineChart(chart: LineChart): SafeHtml {
  return renderLineChart(chart);
}
