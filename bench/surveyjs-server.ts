// The SurveyJS peer's web server: a page that runs the survey
// made by surveyFromTree, set up as SurveyJS's "Get Started" for HTML/CSS/JS
// describes it (the library's stylesheet and two scripts, then
// `new Survey.Model(json).render(element)`), served from node_modules. Every
// file is compressed once as our static assets are at build time (brotli at
// quality 11, gzip at level 9) and picked by Accept-Encoding as our server
// picks: the same compression on both sides of the comparison.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { PlainDate } from '../src/core/dates/plain-date.ts';
import type { Tree } from '../src/core/tree/tree.ts';
import { preferredEncoding } from '../src/web/compression.ts';
import { surveyFromTree } from './survey-from-tree.ts';

export interface SurveyJsServer {
  /** The page with the survey. */
  url: string;
  stop(): Promise<void>;
}

interface Asset {
  type: string;
  cache: string;
  plain: Buffer;
  br: Buffer;
  gzip: Buffer;
}

const library = (path: string) => readFileSync(new URL(`../node_modules/${path}`, import.meta.url));

function asset(type: string, cache: string, plain: Buffer): Asset {
  const br = brotliCompressSync(plain, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength,
    },
  });
  return { type, cache, plain, br, gzip: gzipSync(plain, { level: constants.Z_BEST_COMPRESSION }) };
}

/** The page: SurveyJS's documented setup; the survey's JSON inline, as an app would bundle it. */
function page(tree: Tree, peildatum: PlainDate): string {
  const json = JSON.stringify(surveyFromTree(tree, peildatum)).replaceAll('<', '\\u003c');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tree.title} – SurveyJS</title>
<link rel="stylesheet" href="/survey-core.fontless.min.css">
<script src="/survey.core.min.js"></script>
<script src="/survey-js-ui.min.js"></script>
</head>
<body>
<div id="survey"></div>
<script>
new Survey.Model(${json}).render(document.getElementById('survey'));
</script>
</body>
</html>
`;
}

/** Starts the server on a free port of 127.0.0.1. */
export function startSurveyJsServer(tree: Tree, peildatum: PlainDate): Promise<SurveyJsServer> {
  const immutable = 'public, max-age=31536000, immutable';
  const assets = new Map<string, Asset>([
    ['/', asset('text/html; charset=utf-8', 'no-cache', Buffer.from(page(tree, peildatum)))],
    // The stylesheet without its @font-face rules, which would fetch Open Sans from Google.
    [
      '/survey-core.fontless.min.css',
      asset(
        'text/css; charset=utf-8',
        immutable,
        library('survey-core/survey-core.fontless.min.css'),
      ),
    ],
    [
      '/survey.core.min.js',
      asset('text/javascript; charset=utf-8', immutable, library('survey-core/survey.core.min.js')),
    ],
    [
      '/survey-js-ui.min.js',
      asset(
        'text/javascript; charset=utf-8',
        immutable,
        library('survey-js-ui/survey-js-ui.min.js'),
      ),
    ],
  ]);
  const server = createServer((request, response) => {
    const found = assets.get(new URL(request.url ?? '/', 'http://peer').pathname);
    if (!found || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const coding = preferredEncoding(request.headers['accept-encoding']);
    const body = coding ? found[coding] : found.plain;
    response.writeHead(200, {
      'Content-Type': found.type,
      'Content-Length': body.byteLength,
      'Cache-Control': found.cache,
      Vary: 'Accept-Encoding',
      ...(coding ? { 'Content-Encoding': coding } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
