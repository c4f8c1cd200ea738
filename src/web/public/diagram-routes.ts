// The tree as a picture: the "Schema" page, the SVG (optionally with
// a walk's path highlighted, for outcome pages) and the PDF for A4 or A3.
import type { Context, Hono } from 'hono';
import { idSchema } from '../../core/tree/tree.ts';
import { cachedDiagramLayout } from '../../render/diagram-cache.ts';
import { diagramGraph } from '../../render/diagram-graph.ts';
import type { PaperSize } from '../../render/diagram-pdf.ts';
import { diagramSvg } from '../../render/diagram-svg.ts';
import { parseVersion } from '../../views/walk-request.ts';
import type { AppEnv } from '../auth/principal.ts';
import type { AppDeps } from '../deps.ts';
import type { PdfSource } from '../pdf-cache.ts';
import { HttpProblem } from '../problem.ts';
import type { PublishedTree } from '../published-tree.ts';
import { diagramPage } from './diagram-page.ts';
import { layout } from './layout.ts';
import { publishedTree } from './resolve-walk.ts';

/** A version never changes: its picture may be kept for a year. */
const versionedCache = 'max-age=31536000, immutable';
/** "The latest version" may be replaced by a new one. */
const latestCache = 'public, max-age=300';
const maxPathLength = 200;

const publishedFor = (c: Context<AppEnv>, deps: AppDeps): Promise<PublishedTree> =>
  publishedTree(deps, c.req.param('treeId') ?? '', parseVersion(c.req.query('versie')));

function paperOf(given: string | undefined): PaperSize {
  if (given === undefined || given === 'a4') return 'a4';
  if (given === 'a3') return 'a3';
  throw new HttpProblem(
    400,
    'Fout in het webadres',
    `"${given}" is geen papierformaat. Kies formaat=a4 of formaat=a3.`,
  );
}

/** `pad=ontruimd,reden,tweedekans`: the ids of a walk in order; unknown ids are ignored. */
function pathOf(given: string | undefined): string[] {
  if (!given) return [];
  const ids = given.split(',');
  if (ids.length > maxPathLength || ids.some((id) => !idSchema.safeParse(id).success)) {
    throw new HttpProblem(
      400,
      'Fout in het webadres',
      'De parameter "pad" is een lijst van ids, gescheiden door komma’s.',
    );
  }
  return ids;
}

export function diagramRoutes(app: Hono<AppEnv>, deps: AppDeps, pdfs: PdfSource): void {
  const { assets } = deps;

  app.get('/boom/:treeId/overzicht', async (c) => {
    const published = await publishedFor(c, deps);
    const paper = paperOf(c.req.query('formaat'));
    const { tree, version } = published;
    const diagram = await cachedDiagramLayout(tree);
    const pinned = c.req.query('versie') !== undefined;
    const main = diagramPage({
      tree,
      version,
      pinned,
      graph: diagramGraph(tree),
      svg: diagramSvg(diagram, pinned ? { version } : {}),
      paper,
      portrait: diagram.height > diagram.width,
    });
    return c.html(
      layout({
        title: `Schema: ${tree.title}`,
        main,
        assets,
        description: `Alle vragen en uitkomsten van de ${tree.title} in één schema, met een tekstversie.`,
      }),
    );
  });

  app.get('/boom/:treeId/overzicht.svg', async (c) => {
    const published = await publishedFor(c, deps);
    const path = pathOf(c.req.query('pad'));
    const pinned = c.req.query('versie') !== undefined;
    const diagram = await cachedDiagramLayout(published.tree);
    const svg = diagramSvg(diagram, {
      highlight: path,
      ...(pinned ? { version: published.version } : {}),
    });
    // A path says something about a walk: only the browser keeps it, no shared cache.
    const cache = !pinned
      ? latestCache
      : `${path.length > 0 ? 'private' : 'public'}, ${versionedCache}`;
    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': cache,
    });
  });

  app.get('/boom/:treeId/overzicht.pdf', async (c) => {
    const published = await publishedFor(c, deps);
    const paper = paperOf(c.req.query('formaat'));
    const { tree, version } = published;
    const layout = await cachedDiagramLayout(tree);
    const pdf = await pdfs.pdf(`/boom/${tree.id}/overzicht.pdf?formaat=${paper}`, version, () => ({
      kind: 'diagram',
      layout,
      options: { paper, version },
    }));
    const pinned = c.req.query('versie') !== undefined;
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="schema-${tree.id}-v${version}-${paper}.pdf"`,
      'Cache-Control': pinned ? `public, ${versionedCache}` : latestCache,
    });
  });
}
