// Lines over ordered x labels (years, months). Each series has its own colour,
// symbol and dash; values are written at the points when there are few; a
// dashed vertical marker with its label shows a moment such as the day the
// Woonkansboom went live. A null value is a gap in the line.
import * as Plot from '@observablehq/plot';
import type { SafeHtml } from '../../views/html.ts';
import { chartFigure } from './chart-figure.ts';
import { chartId } from './chart-id.ts';
import { chartLegend } from './chart-legend.ts';
import { dutchNumber } from './chart-number.ts';
import { chartGrid, chartInk, seriesStyle } from './chart-palette.ts';
import { type ChartVariant, chartVariants, plotSvg } from './chart-svg.ts';
import { chartTable } from './chart-table.ts';
import type { LineChart } from './chart-types.ts';
import { textWidth, wrapLabel } from './chart-wrap.ts';

interface Point {
  x: string;
  y: number | null;
  label: string;
}

/** Every k-th x label, so that tick labels never overlap. */
function visibleTicks(x: readonly string[], inner: number, fontSize: number): string[] {
  const widest = Math.max(0, ...x.map((label) => textWidth(label, fontSize)));
  const step = Math.max(1, Math.ceil((x.length * (widest + 10)) / inner));
  return x.filter((_, index) => index % step === 0);
}

function seriesMarks(chart: LineChart, variant: ChartVariant): Plot.Markish[] {
  const fewPoints =
    chart.x.length <= (variant.name === 'smal' ? 6 : 12) && chart.series.length <= 3;
  return chart.series.flatMap((series, index) => {
    const style = seriesStyle(index);
    const points: Point[] = chart.x.map((x, position) => {
      const value = series.values[position];
      const note = chart.pointNotes?.[position];
      const shown = value === null || value === undefined ? 'geen cijfer' : dutchNumber(value);
      return {
        x,
        y: value ?? null,
        label: `${series.name}, ${x}: ${shown}${note ? ` (${note})` : ''}`,
      };
    });
    const known = points.filter((point) => point.y !== null);
    return [
      Plot.line(points, {
        x: 'x',
        y: 'y',
        stroke: style.colour,
        strokeWidth: 2.5,
        strokeDasharray: style.dash || undefined,
        className: 'wkb-chart-lijn',
      }),
      Plot.dot(known, {
        x: 'x',
        y: 'y',
        symbol: style.symbol,
        fill: style.colour,
        stroke: '#ffffff',
        strokeWidth: 1,
        r: 4.5,
        title: 'label',
        className: 'wkb-chart-punt',
      }),
      fewPoints
        ? Plot.text(known, {
            x: 'x',
            y: 'y',
            text: (point: Point) => dutchNumber(point.y ?? 0),
            dy: -11,
            fill: chartInk,
            stroke: '#ffffff',
            strokeWidth: 3,
            paintOrder: 'stroke',
            fontWeight: 700,
            className: 'wkb-chart-waarde',
          })
        : null,
    ];
  });
}

function drawing(chart: LineChart, id: string, variant: ChartVariant): string {
  const { width, fontSize } = variant;
  const max = Math.max(
    0,
    ...chart.series.flatMap((series) => series.values.map((value) => value ?? 0)),
  );
  const marginLeft = Math.ceil(textWidth(dutchNumber(max * 1.2), fontSize)) + 16;
  const marginRight = 18;
  const inner = width - marginLeft - marginRight;
  const marker = chart.marker && chart.x.includes(chart.marker.at) ? chart.marker : undefined;
  const markerIndex = marker ? chart.x.indexOf(marker.at) : -1;
  const markerOnRight = markerIndex >= chart.x.length / 2;
  const markerLines = marker ? wrapLabel(marker.label, inner * 0.6, fontSize, 3) : [];
  const lineHeight = Math.round(fontSize * 1.25);
  const marginTop = 10 + Math.max(1, markerLines.length) * lineHeight + 8;
  const plotHeight = variant.name === 'smal' ? 220 : 260;
  return plotSvg(
    {
      width,
      height: marginTop + plotHeight + 36,
      marginTop,
      marginLeft,
      marginRight,
      marginBottom: 36,
      x: {
        type: 'point',
        domain: chart.x,
        padding: 0.4,
        ticks: visibleTicks(chart.x, inner, fontSize),
        label: null,
        tickSize: 0,
      },
      y: {
        domain: [0, max > 0 ? max * 1.12 : 1],
        nice: true,
        ticks: variant.name === 'smal' ? 4 : 6,
        tickFormat: (value: number) =>
          Number.isInteger(value) ? dutchNumber(value) : dutchNumber(value),
        label: chart.valueLabel,
        labelAnchor: 'top',
        labelArrow: 'none',
        grid: true,
      },
      marks: [
        Plot.gridY({ stroke: chartGrid, strokeOpacity: 1, ticks: variant.name === 'smal' ? 4 : 6 }),
        Plot.ruleY([0], { stroke: chartInk }),
        marker
          ? Plot.ruleX([marker.at], {
              x: (at: string) => at,
              stroke: chartInk,
              strokeWidth: 1.5,
              strokeDasharray: '5 4',
              className: 'wkb-chart-markering',
            })
          : null,
        marker
          ? Plot.text([marker.at], {
              x: (at: string) => at,
              text: () => markerLines.join('\n'),
              frameAnchor: 'top',
              lineAnchor: 'bottom',
              lineHeight: 1.25,
              textAnchor: markerOnRight ? 'end' : 'start',
              dx: markerOnRight ? -6 : 6,
              dy: lineHeight * markerLines.length,
              fill: chartInk,
              className: 'wkb-chart-markering-tekst',
            })
          : null,
        ...seriesMarks(chart, variant),
      ],
    },
    { id, title: chart.title, description: chart.description, variant },
  );
}

function cellValue(value: number | null | undefined): number | null {
  return value === undefined ? null : value;
}

export function renderLineChart(chart: LineChart): SafeHtml {
  const id = chartId([chart.title, chart.description], chart.id);
  return chartFigure({
    id,
    title: chart.title,
    legend: chartLegend(
      chart.series.map((series, index) => ({ label: series.name, line: seriesStyle(index) })),
    ),
    svgs: chartVariants.map((variant) => drawing(chart, id, variant)),
    table: chartTable(
      `Tabel: ${chart.title}`,
      [chart.xLabel, ...chart.series.map((series) => series.name)],
      chart.x.map((x, index) => [
        x,
        ...chart.series.map((series) => cellValue(series.values[index])),
      ]),
    ),
  });
}
