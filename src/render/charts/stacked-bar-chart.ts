// One horizontal bar per row, split into segments that add up to 100% (the
// answers to one statement). The label and n are written above the bar, the
// count on every segment wide enough to hold it; the table has every count.
import * as Plot from '@observablehq/plot';
import type { SafeHtml } from '../../views/html.ts';
import { layoutRows } from './bar-rows.ts';
import { chartFigure } from './chart-figure.ts';
import { chartId } from './chart-id.ts';
import { chartLegend } from './chart-legend.ts';
import { dutchNumber, dutchPercent } from './chart-number.ts';
import { chartGrid, chartInk, segmentColours, textOn } from './chart-palette.ts';
import { type ChartVariant, chartVariants, plotSvg } from './chart-svg.ts';
import { chartTable } from './chart-table.ts';
import type { StackedBarChart } from './chart-types.ts';
import { textWidth } from './chart-wrap.ts';

interface Segment {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  fill: string;
  count: number;
  text: string;
  title: string;
}

const inset = { left: 12, right: 18 };

function total(counts: readonly number[]): number {
  return counts.reduce((sum, count) => sum + Math.max(0, count), 0);
}

function rowLabel(label: string, n: number): string {
  return n === 0 ? `${label} (nog geen antwoorden)` : `${label} (n = ${dutchNumber(n)})`;
}

function drawing(chart: StackedBarChart, id: string, variant: ChartVariant): string {
  const { width, fontSize } = variant;
  const inner = width - inset.left - inset.right;
  const colours = segmentColours(chart.segments.length);
  const totals = chart.rows.map((row) => total(row.counts));
  const layout = layoutRows(
    chart.rows.map((row, index) => rowLabel(row.label, totals[index] ?? 0)),
    inner,
    fontSize,
    variant.name === 'smal' ? 5 : 3,
  );
  const segments: Segment[] = [];
  for (const box of layout.rows) {
    const row = chart.rows[box.index];
    const n = totals[box.index] ?? 0;
    if (!row || n === 0) continue;
    let start = 0;
    row.counts.forEach((raw, segment) => {
      const count = Math.max(0, raw);
      if (count === 0) return;
      const share = (100 * count) / n;
      const fill = colours[segment] ?? chartInk;
      const fits = (inner * share) / 100 >= textWidth(dutchNumber(count), fontSize) + 6;
      segments.push({
        x1: start,
        x2: start + share,
        y1: box.barTop,
        y2: box.barBottom,
        fill,
        count,
        text: fits ? dutchNumber(count) : '',
        title: `${chart.segments[segment] ?? ''}: ${dutchNumber(count)} van ${dutchNumber(n)} (${dutchPercent(share)})`,
      });
      start += share;
    });
  }
  const labels = layout.rows.map((box) => ({ y: box.labelY, text: box.lines.join('\n') }));
  return plotSvg(
    {
      width,
      height: layout.axisY + 30,
      marginTop: 0,
      marginLeft: inset.left,
      marginRight: inset.right,
      marginBottom: 30,
      x: {
        domain: [0, 100],
        ticks: variant.name === 'smal' ? 4 : 10,
        tickFormat: dutchPercent,
        label: null,
      },
      y: { type: 'identity', axis: null },
      color: { type: 'identity' },
      marks: [
        Plot.gridX({
          stroke: chartGrid,
          strokeOpacity: 1,
          ticks: variant.name === 'smal' ? 4 : 10,
        }),
        Plot.text(labels, {
          y: 'y',
          text: 'text',
          frameAnchor: 'left',
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 1.25,
          fill: chartInk,
          className: 'wkb-chart-label',
        }),
        Plot.rect(segments, {
          x1: 'x1',
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: 'fill',
          stroke: '#ffffff',
          strokeWidth: 1.5,
          title: 'title',
          className: 'wkb-chart-segment',
        }),
        Plot.text(segments, {
          x: (segment: Segment) => (segment.x1 + segment.x2) / 2,
          y: (segment: Segment) => (segment.y1 + segment.y2) / 2,
          text: 'text',
          fill: (segment: Segment) => textOn(segment.fill),
          fontWeight: 700,
          className: 'wkb-chart-aantal',
        }),
      ],
    },
    { id, title: chart.title, description: chart.description, variant },
  );
}

export function renderStackedBarChart(chart: StackedBarChart): SafeHtml {
  const id = chartId([chart.title, chart.description], chart.id);
  const colours = segmentColours(chart.segments.length);
  return chartFigure({
    id,
    title: chart.title,
    legend: chartLegend(
      chart.segments.map((label, index) => ({ label, fill: colours[index] ?? chartInk })),
      true,
    ),
    svgs: chartVariants.map((variant) => drawing(chart, id, variant)),
    table: chartTable(
      `Tabel: ${chart.title}`,
      [chart.labelHeader ?? 'Onderdeel', ...chart.segments, 'n'],
      chart.rows.map((row) => [row.label, ...row.counts, total(row.counts)]),
    ),
  });
}
