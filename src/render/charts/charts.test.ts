import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { markElements, parseFigure } from '../../../test/support/chart-test-dom.ts';
import {
  barColour,
  chartInk,
  contrastRatio,
  divergingFive,
  seriesStyle,
  textOn,
} from './chart-palette.ts';
import { barChart, lineChart, stackedBarChart } from './charts.ts';

const scale = [
  'Helemaal niet mee eens',
  'Niet mee eens',
  'Neutraal/weet ik niet',
  'Mee eens',
  'Helemaal mee eens',
];
const evil = '<script>alert("x")</script> & co';

const stacked = {
  title: 'Deel Tweedekansbeleid',
  description: 'Per stelling hoe vaak elk antwoord gegeven is.',
  segments: scale,
  rows: [
    { label: 'Ik weet wat het tweedekansbeleid inhoudt.', counts: [1, 2, 0, 8, 4] },
    { label: 'Ik weet waar ik de Woonkansboom kan vinden.', counts: [0, 0, 3, 3, 1] },
  ],
};

const lines = {
  title: 'Ontruimingen en aanmeldingen per jaar',
  description: 'Twee lijnen per jaar.',
  x: ['2019', '2020', '2021', '2022', '2023'],
  xLabel: 'Jaar',
  valueLabel: 'Aantal',
  series: [
    { name: 'Ontruimingen', values: [73, 48, 42, 39, null] },
    { name: 'Aanmeldingen', values: [7, 6, 5, 2, null] },
  ],
  marker: { at: '2023', label: 'Woonkansboom live sinds 14 maart 2023' },
};

/** Every drawing is an accessible image: role, a title and a desc it points at. */
function assertAccessibleSvg(svg: Element, title: string, description: string) {
  assert.equal(svg.getAttribute('role'), 'img');
  const titleId = svg.getAttribute('aria-labelledby') ?? '';
  const descId = svg.getAttribute('aria-describedby') ?? '';
  assert.equal(svg.querySelector(`title[id="${titleId}"]`)?.textContent, title);
  assert.equal(svg.querySelector(`desc[id="${descId}"]`)?.textContent, description);
  assert.match(svg.getAttribute('viewBox') ?? '', /^0 0 \d+ \d+$/);
}

describe('stackedBarChart', () => {
  it('draws one segment per non-zero count, in both drawings, each with its count', () => {
    const { svgs } = parseFigure(stackedBarChart(stacked));
    assert.equal(svgs.length, 2);
    for (const svg of svgs) {
      assertAccessibleSvg(svg, stacked.title, stacked.description);
      const segments = markElements(svg, 'segment');
      assert.deepEqual(
        segments.map((segment) => segment.querySelector('title')?.textContent),
        [
          'Helemaal niet mee eens: 1 van 15 (7%)',
          'Niet mee eens: 2 van 15 (13%)',
          'Mee eens: 8 van 15 (53%)',
          'Helemaal mee eens: 4 van 15 (27%)',
          'Neutraal/weet ik niet: 3 van 7 (43%)',
          'Mee eens: 3 van 7 (43%)',
          'Helemaal mee eens: 1 van 7 (14%)',
        ],
      );
      assert.ok(markElements(svg, 'aantal').some((text) => text.textContent === '8'));
    }
  });

  it('colours the five answers with the diverging scale, in order', () => {
    const { svgs } = parseFigure(stackedBarChart(stacked));
    const fills = markElements(svgs[0] as Element, 'segment').map((segment) =>
      segment.getAttribute('fill'),
    );
    assert.deepEqual(fills.slice(0, 4), [
      divergingFive[0],
      divergingFive[1],
      divergingFive[3],
      divergingFive[4],
    ]);
  });

  it('gives the same counts and n in the table', () => {
    const { head, rows } = parseFigure(stackedBarChart(stacked));
    assert.deepEqual(head, ['Onderdeel', ...scale, 'n']);
    assert.deepEqual(rows, [
      ['Ik weet wat het tweedekansbeleid inhoudt.', '1', '2', '0', '8', '4', '15'],
      ['Ik weet waar ik de Woonkansboom kan vinden.', '0', '0', '3', '3', '1', '7'],
    ]);
  });

  it('writes the legend in the order of the scale', () => {
    const { document } = parseFigure(stackedBarChart(stacked));
    const legend = [...document.querySelectorAll('ol.wkb-chart__legend li')].map(
      (item) => item.textContent,
    );
    assert.deepEqual(legend, scale);
  });

  it('draws no bar for a row without answers, and says so', () => {
    const { svgs } = parseFigure(
      stackedBarChart({ ...stacked, rows: [{ label: 'Leeg', counts: [0, 0, 0, 0, 0] }] }),
    );
    assert.equal(markElements(svgs[0] as Element, 'segment').length, 0);
    assert.match(svgs[0]?.textContent ?? '', /Leeg \(nog geen antwoorden\)/);
  });
});

describe('barChart', () => {
  const bars = {
    title: 'Uitkomsten',
    description: 'Hoe vaak elke uitkomst bereikt is.',
    valueLabel: 'Aantal wandelingen',
    rows: [
      { label: 'Tweedekansbeleid', value: 1234 },
      { label: 'WonenPlus', value: 7 },
      { label: 'Geen traject', value: 0 },
    ],
  };

  it('draws one bar per row with its value written the Dutch way', () => {
    const { svgs, rows } = parseFigure(barChart(bars));
    for (const svg of svgs) {
      assertAccessibleSvg(svg, bars.title, bars.description);
      assert.equal(markElements(svg, 'staaf').length, 3);
      assert.deepEqual(
        markElements(svg, 'waarde').map((text) => text.textContent),
        ['1.234', '7', '0'],
      );
    }
    assert.deepEqual(rows, [
      ['Tweedekansbeleid', '1.234'],
      ['WonenPlus', '7'],
      ['Geen traject', '0'],
    ]);
  });

  it('draws longer bars for larger values', () => {
    const { svgs } = parseFigure(barChart(bars));
    const widths = markElements(svgs[1] as Element, 'staaf').map((bar) =>
      Number(bar.getAttribute('width') ?? 0),
    );
    assert.ok((widths[0] ?? 0) > (widths[1] ?? 0));
    assert.ok((widths[1] ?? 0) > 0);
  });
});

describe('lineChart', () => {
  it('draws one point per known value and one line per series', () => {
    const { svgs } = parseFigure(lineChart(lines));
    for (const svg of svgs) {
      assertAccessibleSvg(svg, lines.title, lines.description);
      const points = markElements(svg, 'punt');
      assert.equal(points.length, 8);
      assert.equal(points[0]?.querySelector('title')?.textContent, 'Ontruimingen, 2019: 73');
      assert.equal(markElements(svg, 'lijn').length, 2);
    }
  });

  it('gives the same numbers in the table, a missing one as "geen cijfer"', () => {
    const { head, rows } = parseFigure(lineChart(lines));
    assert.deepEqual(head, ['Jaar', 'Ontruimingen', 'Aanmeldingen']);
    assert.deepEqual(rows[0], ['2019', '73', '7']);
    assert.deepEqual(rows[4], ['2023', '–geen cijfer', '–geen cijfer']);
  });

  it('writes decimals with a comma', () => {
    const ratio = {
      ...lines,
      series: [{ name: 'Per 100', values: [9.589, 12.5, null, 5.1, null] }],
    };
    const { svgs, rows } = parseFigure(lineChart(ratio));
    assert.deepEqual(
      markElements(svgs[1] as Element, 'waarde').map((text) => text.textContent),
      ['9,6', '12,5', '5,1'],
    );
    assert.equal(rows[0]?.[1], '9,6');
  });

  it('marks the live date with a labelled line, and leaves it out when that x is not shown', () => {
    const { svgs } = parseFigure(lineChart(lines));
    assert.equal(markElements(svgs[0] as Element, 'markering').length, 1);
    assert.match(svgs[0]?.textContent ?? '', /Woonkansboom live/);
    const without = parseFigure(lineChart({ ...lines, marker: { at: '2030', label: 'later' } }));
    assert.equal(markElements(without.svgs[0] as Element, 'markering').length, 0);
  });
});

describe('every chart', () => {
  const all = [
    stackedBarChart({
      ...stacked,
      title: evil,
      description: evil,
      segments: [evil, ...scale.slice(1)],
      rows: [{ label: evil, counts: [1, 2, 3, 4, 5] }],
    }),
    barChart({
      title: evil,
      description: evil,
      valueLabel: evil,
      labelHeader: evil,
      rows: [{ label: evil, value: 3 }],
    }),
    lineChart({
      ...lines,
      title: evil,
      description: evil,
      xLabel: evil,
      valueLabel: evil,
      series: [{ name: evil, values: [1, 2, 3, 4, 5] }],
      marker: { at: '2021', label: evil },
    }),
  ];

  it('shows a <script> label as text, in the SVG and in the table', () => {
    for (const figure of all) {
      assert.doesNotMatch(figure.value, /<script/i);
      const { document, svgs } = parseFigure(figure);
      assert.equal(document.querySelectorAll('script').length, 0);
      assert.ok(svgs.every((svg) => (svg.textContent ?? '').includes(evil)));
      assert.ok(document.querySelector('table')?.textContent?.includes(evil));
    }
  });

  it('carries no inline style, which the CSP would block', () => {
    for (const figure of all) {
      assert.doesNotMatch(figure.value, /<style|\sstyle=/);
    }
  });

  it('parses as XML', () => {
    for (const figure of [stackedBarChart(stacked), lineChart(lines)]) {
      const { svgs } = parseFigure(figure);
      for (const svg of svgs) {
        const { DOMParser } = parseHTML('');
        const parsed = new DOMParser().parseFromString(svg.outerHTML, 'image/svg+xml');
        assert.equal(parsed.documentElement?.tagName.toLowerCase(), 'svg');
      }
    }
  });

  it('draws the same SVG for the same input, with ids from the title', () => {
    assert.equal(lineChart(lines).value, lineChart(lines).value);
    assert.equal(stackedBarChart(stacked).value, stackedBarChart(stacked).value);
    const first = parseFigure(lineChart(lines)).document.querySelector('figure')?.id;
    const other = parseFigure(lineChart({ ...lines, title: 'Anders' })).document.querySelector(
      'figure',
    )?.id;
    assert.notEqual(first, other);
    assert.equal(
      parseFigure(lineChart({ ...lines, id: 'cijfers' })).document.querySelector('figure')?.id,
      'cijfers',
    );
  });
});

describe('chart colours', () => {
  it('have 3:1 contrast with the page and readable text on them', () => {
    for (const colour of [
      ...divergingFive,
      barColour,
      ...[0, 1, 2, 3, 4, 5].map((index) => seriesStyle(index).colour),
    ]) {
      assert.ok(contrastRatio(colour, '#ffffff') >= 3, `${colour} against white`);
      assert.ok(contrastRatio(colour, textOn(colour)) >= 4.5, `text on ${colour}`);
    }
    assert.ok(contrastRatio(chartInk, '#ffffff') >= 4.5);
  });
});
