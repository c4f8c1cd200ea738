import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDefaultTrees } from '../content/default-content.ts';
import type { DiagramLayout, LaidOutNode } from './diagram-layout.ts';
import { diagramMetrics, layoutTree } from './diagram-layout.ts';
import { minTextSize, type SheetPlan, sheetPlan, sheetsOf } from './diagram-sheets.ts';

const smallest = Math.min(
  diagramMetrics.fontSize,
  diagramMetrics.captionSize,
  diagramMetrics.labelSize,
);

/** A made-up layout: `columns` × `rows` question boxes of 200 × 80, 40 apart. */
function grid(columns: number, rows: number): DiagramLayout {
  const nodes: LaidOutNode[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++)
      nodes.push({
        id: `q${row}-${column}`,
        kind: 'question',
        caption: 'Vraag',
        text: `Vraag ${row}-${column}`,
        lines: [`Vraag ${row}-${column}`],
        x: 8 + column * 240,
        y: 8 + row * 120,
        width: 200,
        height: 80,
      });
  return {
    treeId: 'proef',
    title: 'Proef',
    start: 'q0-0',
    width: 16 + columns * 240 - 40,
    height: 16 + rows * 120 - 40,
    nodes,
    edges: [],
  };
}

function assertSheetsHold(plan: SheetPlan, layout: DiagramLayout): void {
  for (const region of plan.regions) {
    assert.ok((region.right - region.left) * plan.scale <= plan.area.width + 0.01, 'fits across');
    assert.ok((region.bottom - region.top) * plan.scale <= plan.area.height + 0.01, 'fits down');
  }
  for (const node of layout.nodes)
    assert.equal(sheetsOf(plan.regions, node).length, 1, `${node.id} is whole on one sheet`);
}

describe('sheetPlan', () => {
  it('keeps both default trees at 7 pt or more on A4, each box whole on one sheet', async () => {
    for (const tree of loadDefaultTrees()) {
      const layout = await layoutTree(tree);
      const plan = sheetPlan(layout, 'a4');
      assert.ok(smallest * plan.scale >= minTextSize, `${tree.id}: ${smallest * plan.scale} pt`);
      assert.ok(plan.regions.length > 1, `${tree.id} needs more than one sheet`);
      assert.equal(plan.boxesCut, 0);
      assertSheetsHold(plan, layout);
    }
  });

  it('cuts a tree too wide for one sheet at 7 pt into columns, between the boxes', () => {
    const layout = grid(12, 2);
    const plan = sheetPlan(layout, 'a4');
    assert.ok(smallest * plan.scale >= minTextSize);
    const columns = new Set(plan.regions.map((region) => region.left));
    assert.ok(columns.size >= 3, `${columns.size} columns`);
    assert.equal(plan.boxesCut, 0);
    assertSheetsHold(plan, layout);
  });

  it('keeps a small tree on one A4 sheet at no more than 10.5 pt, and any tree on one A3 poster', () => {
    const small = sheetPlan(grid(2, 2), 'a4');
    assert.equal(small.regions.length, 1);
    assert.equal(diagramMetrics.fontSize * small.scale, 10.5);
    const poster = sheetPlan(grid(12, 12), 'a3');
    assert.deepEqual(poster.regions, [{ left: 0, top: 0, right: 2856, bottom: 1416 }]);
  });
});
