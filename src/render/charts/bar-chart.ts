// One horizontal bar per row (outcomes, or the questions of a funnel), the
// label above it and the value written just past its end.
import * as Plot from '@observablehq/plot';
import type { SafeHtml } from '../../views/html.ts';
import { layoutRows } from './bar-rows.ts';
import { chartFigure } from './chart-figure.ts';
import { chartId } from './chart-id.ts';
import { dutchNumber } from './chart-number.ts';
import { barColour, chartGrid, chartInk } from './chart-palette.ts';
import { type ChartVariant, chartVariants, plotSvg } from './chart-svg.ts';
import { chartTable } from './chart-table.ts';
import type { BarChart } from './chart-types.ts';
import { textWidth } from './chart-wrap.ts';

interface Bar {
  x2: number;
  y1: number;
  y2: number;
  text: string;
  title: string;
}

function drawing(chart: BarChart, id: string, variant: ChartVariant): string {
  const { width, fontSize } = variant;
  const values = chart.rows.map((row) => Math.max(0, row.value));
  const max = Math.max(0, ...values);
  const marginLeft = 12;
  const marginRight = Math.ceil(textWidth(dutchNumber(max), fontSize)) + 14;
  const layout = layoutRows(
    chart.rows.map((row) => row.label),
    width - marginLeft - 12,
    fontSize,
    variant.name === 'smal' ? 5 : 3,
  );
  const bars: Bar[] = layout.rows.map((box) => {
    const row = chart.rows[box.index];
    const value = values[box.index] ?? 0;
    return {
      x2: value,
      y1: box.barTop,
      y2: box.barBottom,
      text: dutchNumber(row?.value ?? 0),
      title: `${row?.label ?? ''}: ${dutchNumber(row?.value ?? 0)}`,
    };
  });
  const ticks = variant.name === 'smal' ? 3 : 6;
  return plotSvg(
    {
      width,
      height: layout.axisY + 44,
      marginTop: 0,
      marginLeft,
      marginRight,
      marginBottom: 44,
      x: {
        domain: [0, max > 0 ? max : 1],
        nice: true,
        ticks,
        tickFormat: (value: number) => (Number.isInteger(value) ? dutchNumber(value) : ''),
        label: chart.valueLabel,
        labelAnchor: 'left',
        labelArrow: 'none',
        labelOffset: 38,
      },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.gridX({ stroke: chartGrid, strokeOpacity: 1, ticks }),
        Plot.text(
          layout.rows.map((box) => ({ y: box.labelY, text: box.lines.join('\n') })),
          {
            y: 'y',
            text: 'text',
            frameAnchor: 'left',
            textAnchor: 'start',
            lineAnchor: 'top',
            lineHeight: 1.25,
            fill: chartInk,
            className: 'wkb-chart-label',
          },
        ),
        Plot.rect(bars, {
          x1: 0,
          x2: 'x2',
          y1: 'y1',
          y2: 'y2',
          fill: barColour,
          title: 'title',
          className: 'wkb-chart-staaf',
        }),
        Plot.text(bars, {
          x: 'x2',
          y: (bar: Bar) => (bar.y1 + bar.y2) / 2,
          text: 'text',
          textAnchor: 'start',
          dx: 5,
          fill: chartInk,
          fontWeight: 700,
          className: 'wkb-chart-waarde',
        }),
      ],
    },
    { id, title: chart.title, description: chart.description, variant },
  );
}

export function renderBarChart(chart: BarChart): SafeHtml {
  const id = chartId([chart.title, chart.description], chart.id);
  return chartFigure({
    id,
    title: chart.title,
    svgs: chartVariants.map((variant) => drawing(chart, id, variant)),
    table: chartTable(
      `Tabel: ${chart.title}`,
      [chart.labelHeader ?? 'Onderdeel', chart.valueLabel],
      chart.rows.map((row) => [row.label, row.value]),
    ),
  });
}
